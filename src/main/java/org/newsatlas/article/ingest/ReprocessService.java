package org.newsatlas.article.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import jakarta.annotation.PreDestroy;
import org.newsatlas.article.ArticleReprocessor;
import org.newsatlas.article.ArticleService;
import org.newsatlas.store.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Re-analyses every stored article after a rules or gazetteer change, one transaction per article (a failure
 * leaves that article as it was and the run goes on). Article ids never change and user corrections are applied
 * again. One run at a time, also across the app instances sharing a PostgreSQL store ({@link JobLocks}).
 */
@Service
public class ReprocessService {

    private static final Logger LOG = LoggerFactory.getLogger(ReprocessService.class);

    private final ArticleService articles;
    private final ArticleReprocessor reprocessor;
    private final JobLocks locks;
    private final AtomicBoolean running = new AtomicBoolean();
    /** The store-wide lock of the run in progress. */
    private volatile JobLocks.Held held;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "reprocess");
        thread.setDaemon(true);
        return thread;
    });

    public ReprocessService(ArticleService articles, ArticleReprocessor reprocessor, JobLocks locks) {
        this.articles = articles;
        this.reprocessor = reprocessor;
        this.locks = locks;
    }

    /** @throws IllegalStateException when another run has not finished */
    public ReprocessReport reprocessAll(Consumer<ReprocessProgress> progress) {
        claim();
        try {
            return run(progress);
        } finally {
            release();
        }
    }

    /**
     * Starts a run on a background thread; {@code progress} is called on that thread.
     *
     * @throws IllegalStateException at once when another run has not finished
     */
    public CompletableFuture<ReprocessReport> start(Consumer<ReprocessProgress> progress) {
        claim();
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return run(progress);
                } finally {
                    release();
                }
            }, background);
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private void claim() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("the articles are already being re-analysed");
        }
        try {
            held = locks.tryLock("reprocess").orElse(null);
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        if (held == null) {
            running.set(false);
            throw new IllegalStateException("the articles are already being re-analysed by another instance of "
                    + "News Atlas on this database");
        }
    }

    private void release() {
        JobLocks.Held lock = held;
        held = null;
        if (lock != null) {
            lock.close();
        }
        running.set(false);
    }

    public boolean isRunning() {
        return running.get();
    }

    private ReprocessReport run(Consumer<ReprocessProgress> progress) {
        List<Long> ids = articles.articleIds();
        List<ReprocessReport.Failure> failures = new ArrayList<>();
        int corrections = 0;
        int done = 0;
        for (long id : ids) {
            String failure = null;
            try {
                corrections += reprocessor.reprocess(id).corrections();
            } catch (RuntimeException e) {
                LOG.warn("Could not re-analyse article {}", id, e);
                failure = "could not be re-analysed: " + e.getMessage();
                failures.add(new ReprocessReport.Failure(id, failure));
            }
            progress.accept(new ReprocessProgress(++done, ids.size(), id, failure));
        }
        return new ReprocessReport(ids.size(), failures, corrections);
    }
}

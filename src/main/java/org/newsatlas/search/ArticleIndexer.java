package org.newsatlas.search;

import jakarta.annotation.PreDestroy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsatlas.article.Article;
import org.newsatlas.article.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the {@link ArticleIndex} in step with the database, on a thread of its own in the web app: at start it
 * drops what the index holds of deleted articles and marks for indexing what the database says it holds but it
 * lacks (a lost or damaged index is rebuilt this way); then, every second, it indexes the articles stored since, a
 * batch per index commit, and marks them in the database only after that commit (a kill -9 in between means the
 * batch is indexed again, never that an article is marked but missing). A failure is logged and tried again ten
 * seconds later.
 */
@Component
@ConditionalOnWebApplication
@DependsOn("storeShutdown") // stopped (PreDestroy) before the store is closed
public class ArticleIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndexer.class);
    private static final int BATCH = 200;
    private static final long IDLE_MILLIS = 1_000;
    private static final long RETRY_MILLIS = 10_000;

    private final ArticleRepository articles;
    private final ArticleIndex index;
    private final TransactionTemplate transactions;
    private final Object idle = new Object();
    private volatile boolean running = true;
    private Thread thread;

    public ArticleIndexer(ArticleRepository articles, ArticleIndex index, TransactionTemplate transactions) {
        this.articles = articles;
        this.index = index;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        thread = new Thread(this::run, "article-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        boolean reconciled = false;
        while (running) {
            try {
                if (!reconciled) {
                    reconcile();
                    reconciled = true;
                }
                if (indexPending() == 0) {
                    pause(IDLE_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (DataAccessResourceFailureException e) {
                // the database closed under this thread (the app going down)
                LOG.info("Search index: stopped, the database is closed ({}); the next start goes on from here",
                        e.getMostSpecificCause().getMessage());
                return;
            } catch (RuntimeException e) {
                LOG.warn("Search index: indexing failed, trying again in {} s: {}", RETRY_MILLIS / 1000, e.toString());
                try {
                    pause(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void pause(long millis) throws InterruptedException {
        synchronized (idle) {
            if (running) {
                idle.wait(millis);
            }
        }
    }

    /** Makes the database's marks and the index agree (see the class comment). */
    public synchronized void reconcile() {
        Set<Long> marked = transactions.execute(status -> articles.findSearchIndexedIds());
        Set<Long> held = index.ids();
        Set<Long> gone = new HashSet<>(held);
        gone.removeAll(marked);
        index.delete(gone);
        index.commit();
        Set<Long> missing = new HashSet<>(marked);
        missing.removeAll(held);
        transactions.executeWithoutResult(status -> articles.markSearchIndexed(missing, false));
        if (!gone.isEmpty() || !missing.isEmpty()) {
            LOG.info("Search index: {} deleted articles dropped, {} articles to index again", gone.size(),
                    missing.size());
        }
    }

    /** Indexes every article not yet indexed; how many. */
    public synchronized int indexPending() {
        int indexed = 0;
        long after = 0;
        while (running) {
            long from = after;
            List<Article> batch = transactions.execute(status -> articles.findNotSearchIndexed(from, BATCH));
            if (batch == null || batch.isEmpty()) {
                break;
            }
            List<Long> ids = batch.stream().map(Article::id).toList();
            for (Long id : ids) {
                transactions.execute(status -> articles.findById(id)).ifPresent(index::put);
            }
            index.commit();
            transactions.executeWithoutResult(status -> articles.markSearchIndexed(ids, true));
            indexed += ids.size();
            after = ids.get(ids.size() - 1);
        }
        if (indexed > 0) {
            LOG.info("Search index: {} articles indexed", indexed);
        }
        return indexed;
    }

    @EventListener(ContextClosedEvent.class)
    public void closing() {
        running = false;
    }

    @PreDestroy
    public void stop() throws InterruptedException {
        running = false;
        synchronized (idle) {
            idle.notifyAll();
        }
        if (thread != null) {
            thread.join(30_000); // not interrupted: an interrupt inside Lucene's file channels breaks the index
        }
    }
}

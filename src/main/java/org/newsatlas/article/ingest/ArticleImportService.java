package org.newsatlas.article.ingest;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newsatlas.article.ImportOutcome;
import org.newsatlas.article.PreparedArticle;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.NewArticle;
import org.newsatlas.geoparse.SaneDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the user's own articles: batches of files (uploads, paths, folders) and pasted text. A batch's articles
 * are read and analysed on all cores ({@code newsatlas.import.threads}), a few ahead of the one being stored, and
 * stored one at a time, in the batch's order, each in its own transaction ({@link ArticleService#store}: whole or
 * absent); those ready together are stored in one transaction, each in a savepoint of its own, and reported
 * after its commit (a group commit: the store's file is written once for the group, and a crash loses none that
 * was reported). A file that cannot be read or stored is reported with a one-line reason and the batch
 * goes on. Not transactional itself, on purpose.
 */
@Service
public class ArticleImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleImportService.class);
    /** Articles prepared ahead of the one being stored, per preparing thread. */
    private static final int AHEAD_PER_THREAD = 4;
    /**
     * The most articles stored in one transaction (each in a savepoint of its own: whole or absent) and reported
     * after its commit: about a quarter of a second of storing, holding the store's write lock.
     */
    private static final int GROUP = 16;
    /** Web addresses fetched and imported at once for the app's users; the rest wait their turn. */
    private static final int FETCHES_AT_ONCE = 2;

    private final ArticleFileReader reader;
    private final ArticleService articles;
    private final TransactionTemplate groups;
    private final ExecutorService preparing;
    /** Web addresses typed into the app, fetched and imported off the request threads, a few at a time. */
    private final ExecutorService fetching;
    private final int ahead;

    public ArticleImportService(ArticleFileReader reader, ArticleService articles,
                                PlatformTransactionManager transactions, ImportProperties properties) {
        this.reader = reader;
        this.articles = articles;
        this.groups = new TransactionTemplate(transactions);
        AtomicInteger count = new AtomicInteger();
        this.preparing = Executors.newFixedThreadPool(properties.threads(), work -> {
            Thread thread = new Thread(work, "import-prepare-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.ahead = properties.threads() * AHEAD_PER_THREAD + GROUP;
        this.fetching = Executors.newFixedThreadPool(FETCHES_AT_ONCE, work -> {
            Thread thread = new Thread(work, "import-fetch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        preparing.shutdownNow();
        fetching.shutdownNow();
    }

    /** Files and folders (searched recursively for supported files), e.g. from the command line. */
    public ImportReport importPaths(List<Path> paths, Consumer<ImportProgress> progress) {
        return importPaths(paths, ImportDefaults.NONE, progress);
    }

    public ImportReport importPaths(List<Path> paths, ImportDefaults defaults, Consumer<ImportProgress> progress) {
        PathSources.Expansion found = PathSources.expand(paths);
        ImportReport report = importSources(found.sources(), defaults, progress);
        List<SkippedPath> skipped = new ArrayList<>(found.skipped());
        skipped.addAll(report.skipped());
        return new ImportReport(report.files(), skipped);
    }

    /**
     * Files, folders and web addresses (an article page or an RSS/Atom feed, fetched first, see {@link WebPage}); an
     * address that cannot be fetched gets its failed line.
     */
    public ImportReport importPaths(List<Path> paths, List<String> addresses, ImportDefaults defaults,
                                    Consumer<ImportProgress> progress) {
        return importPaths(paths, addresses, defaults, FetchRule.ANY_ADDRESS, progress);
    }

    /**
     * A web address typed into the app: fetched within the {@link FetchRule} (a public server fetches public
     * addresses only) and imported, a page as one article and a feed as its items, each with its line; an address
     * that cannot be fetched or is not one gets its failed line.
     */
    public ImportReport importAddress(String address, ImportDefaults defaults, FetchRule rule,
                                      Consumer<ImportProgress> progress) {
        return importPaths(List.of(), List.of(address), defaults, rule, progress);
    }

    /** {@link #importAddress} on a thread of its own (a fetch takes up to a minute); at most two at once. */
    public CompletableFuture<ImportReport> importAddressLater(String address, ImportDefaults defaults, FetchRule rule,
                                                              Consumer<ImportProgress> progress) {
        return CompletableFuture.supplyAsync(() -> importAddress(address, defaults, rule, progress), fetching);
    }

    private ImportReport importPaths(List<Path> paths, List<String> addresses, ImportDefaults defaults,
                                     FetchRule rule, Consumer<ImportProgress> progress) {
        PathSources.Expansion found = PathSources.expand(paths);
        List<ArticleSource> sources = new ArrayList<>(found.sources());
        List<FileOutcome> unfetched = new ArrayList<>();
        for (String address : addresses) {
            try {
                sources.add(WebPage.fetch(WebPage.address(address), reader.maxBytes(), reader.maxBundleBytes(), rule));
            } catch (ArticleReadException e) {
                unfetched.add(FileOutcome.failed(address, e.getMessage()));
            }
        }
        ImportReport report = importSources(sources, defaults, progress);
        List<FileOutcome> files = new ArrayList<>(unfetched);
        files.addAll(report.files());
        List<SkippedPath> skipped = new ArrayList<>(found.skipped());
        skipped.addAll(report.skipped());
        return new ImportReport(files, skipped);
    }

    /** Whether a command-line operand is a web address to fetch rather than a path. */
    public static boolean isWebAddress(String operand) {
        return WebPage.isAddress(operand);
    }

    public ImportReport importSources(List<ArticleSource> sources, Consumer<ImportProgress> progress) {
        return importSources(sources, ImportDefaults.NONE, progress);
    }

    public ImportReport importSources(List<ArticleSource> sources, ImportDefaults defaults,
                                      Consumer<ImportProgress> progress) {
        Sidecars sidecars = Sidecars.among(sources, ArticleSource::name, s -> s);
        Batch batch = new Batch(sources.size() - sidecars.paired(), progress);
        try (Pipeline pipeline = new Pipeline(batch)) {
            for (ArticleSource source : sources) {
                if (Sidecar.isSidecar(source.name())) {
                    sidecars.orphan(source.name()).ifPresent(pipeline::add);
                } else if (ArticleFileReader.isBundle(source.name())) {
                    importBundle(source, defaults, pipeline, true);
                } else {
                    Optional<ArticleSource> sidecar = sidecars.of(source.name());
                    pipeline.add(() -> prepareOne(source, sidecar, defaults));
                }
            }
            pipeline.storeAll();
        }
        return new ImportReport(batch.outcomes, batch.skipped);
    }

    /** The outcomes of a batch so far; the total grows as CSV, JSON Lines and ZIP files show what they hold. */
    private static final class Batch {
        private final List<FileOutcome> outcomes = new ArrayList<>();
        private final List<SkippedPath> skipped = new ArrayList<>();
        private final Consumer<ImportProgress> progress;
        private int total;

        Batch(int total, Consumer<ImportProgress> progress) {
            this.total = total;
            this.progress = progress;
        }

        void done(FileOutcome outcome) {
            outcomes.add(outcome);
            progress.accept(new ImportProgress(outcomes.size(), Math.max(total, outcomes.size()), outcome));
        }
    }

    /** A file read and analysed, ready to store; or its outcome already (unreadable, a duplicate). */
    private sealed interface Step permits Known, Ready {
    }

    private record Known(FileOutcome outcome) implements Step {
    }

    private record Ready(String source, PreparedArticle article, List<String> warnings) implements Step {
    }

    /**
     * A batch's files in order: each is prepared on the pool as it is added, at most {@link #ahead} ahead of the
     * one being stored, and stored (and reported) on the calling thread in the order they were added: the next one
     * and those prepared right behind it (up to {@link #GROUP}) are stored in one transaction, each in a savepoint
     * of its own ({@link ArticleService#store(PreparedArticle)}: one that fails is rolled back alone), and reported
     * after the commit.
     */
    private final class Pipeline implements AutoCloseable {
        private final Deque<Future<Step>> queued = new ArrayDeque<>();
        private final Batch batch;

        Pipeline(Batch batch) {
            this.batch = batch;
        }

        void add(Callable<Step> work) {
            queued.add(preparing.submit(work));
            while (queued.size() > ahead) {
                storeGroup();
            }
        }

        /** An outcome known without preparing (a bundle's bad row): reported in its place in the order. */
        void add(FileOutcome outcome) {
            add(() -> new Known(outcome));
        }

        void storeAll() {
            while (!queued.isEmpty()) {
                storeGroup();
            }
        }

        private void storeGroup() {
            List<Step> group = new ArrayList<>();
            group.add(next());
            while (group.size() < GROUP && !queued.isEmpty() && queued.peek().isDone()) {
                group.add(next());
            }
            List<FileOutcome> outcomes;
            try {
                outcomes = groups.execute(status -> articles.storingGroup(
                        () -> group.stream().map(ArticleImportService.this::store).toList()));
            } catch (RuntimeException e) {
                LOG.warn("Could not commit a group of {} articles", group.size(), e);
                String reason = "could not be stored: " + oneLine(e);
                outcomes = group.stream().map(step -> step instanceof Ready ready
                        ? FileOutcome.failed(ready.source(), reason) : ((Known) step).outcome()).toList();
            }
            outcomes.forEach(batch::done);
        }

        private Step next() {
            Step step;
            try {
                step = queued.peek().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
            queued.poll();
            return step;
        }

        @Override
        public void close() {
            queued.forEach(future -> future.cancel(true));
        }
    }

    /**
     * A CSV, JSON Lines or ZIP file: each row, line or archived file gets its own outcome, stored in a transaction of
     * its own; a file refused whole (too large, unreadable, a ZIP bomb) gets one failed line and stores nothing.
     */
    private void importBundle(ArticleSource source, ImportDefaults defaults, Pipeline pipeline, boolean outermost) {
        List<BundleEntry> entries;
        try {
            entries = reader.readBundle(source);
        } catch (ArticleReadException e) {
            pipeline.add(FileOutcome.failed(source.name(), e.getMessage()));
            return;
        }
        Batch batch = pipeline.batch;
        Sidecars sidecars = Sidecars.among(entries.stream().filter(e -> e instanceof BundleEntry.File).toList(),
                BundleEntry::name, e -> ArticleSource.of(e.name(), ((BundleEntry.File) e).bytes()));
        batch.total += entries.size() - sidecars.paired() - (outermost ? 1 : 0);
        for (BundleEntry entry : entries) {
            if (entry instanceof BundleEntry.File file && Sidecar.isSidecar(file.name())) {
                sidecars.orphan(file.name()).ifPresent(pipeline::add);
            } else if (entry instanceof BundleEntry.Row row) {
                pipeline.add(() -> prepareRecord(row.record(), defaults));
            } else if (entry instanceof BundleEntry.File file && ArticleFileReader.isBundle(file.name())) {
                batch.total--;
                importBundle(ArticleSource.of(file.name(), file.bytes()), defaults, pipeline, false);
            } else if (entry instanceof BundleEntry.File file) {
                Optional<ArticleSource> sidecar = sidecars.of(file.name());
                pipeline.add(() -> prepareOne(ArticleSource.of(file.name(), file.bytes()), sidecar, defaults));
            } else if (entry instanceof BundleEntry.Problem problem) {
                pipeline.add(FileOutcome.failed(problem.name(), problem.reason()));
            } else if (entry instanceof BundleEntry.Skipped skip) {
                batch.total--;
                batch.skipped.add(new SkippedPath(skip.name(), skip.reason()));
            }
        }
    }

    /** One CSV row or JSON line: its text checked as pasted text is, its date read, then prepared like a file. */
    private Step prepareRecord(ArticleRecord record, ImportDefaults defaults) {
        if (record.text() == null) {
            return failed(record.name(), "no text: the text column (text, body, content or article) is empty");
        }
        ReadArticle read;
        try {
            read = reader.readPasted(record.text());
        } catch (ArticleReadException e) {
            return failed(record.name(), e.getMessage());
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        LocalDate published = null;
        if (record.date() != null) {
            Optional<LocalDate> date = RecordDate.parse(record.date());
            if (date.isEmpty()) {
                warnings.add("its date “" + record.date() + "” is not a date it can read");
            } else {
                Optional<String> problem = SaneDates.publicationDateProblem(date.get());
                if (problem.isPresent()) {
                    return failed(record.name(), problem.get());
                }
                published = date.get();
            }
        }
        NewArticle article = new NewArticle(record.title(), record.outlet(), record.author(), published, false,
                record.url() != null ? record.url() : ArticleFileReader.fileName(record.name()),
                read.article().originalText());
        ReadArticle dated = PublicationDating.dated(new ReadArticle(article, warnings), defaults);
        return prepare(record.name(), dated.article(), dated.warnings());
    }

    public FileOutcome importOne(ArticleSource source) {
        return importOne(source, ImportDefaults.NONE);
    }

    /**
     * One file: read, dated ({@link PublicationDating}: its metadata, its text, the batch's date) and stored in a
     * transaction of its own.
     */
    public FileOutcome importOne(ArticleSource source, ImportDefaults defaults) {
        return store(prepareOne(source, defaults));
    }

    private Step prepareOne(ArticleSource source, ImportDefaults defaults) {
        return prepareOne(source, Optional.empty(), defaults);
    }

    /** One file, with its sidecar's title, date, outlet, author and url in place of its own (see {@link Sidecar}). */
    private Step prepareOne(ArticleSource source, Optional<ArticleSource> sidecar, ImportDefaults defaults) {
        ReadArticle read;
        try {
            read = reader.read(source);
            if (sidecar.isPresent()) {
                read = Sidecar.read(sidecar.get()).applyTo(read);
            }
            read = PublicationDating.dated(read, defaults);
        } catch (ArticleReadException e) {
            return failed(source.name(), e.getMessage());
        }
        return prepare(source.name(), read.article(), read.warnings());
    }

    /** Pasted text: refused for exactly the reasons a .txt file is ({@link ArticleFileReader#readPasted}). */
    public FileOutcome importPasted(PastedArticle pasted) {
        var badDate = SaneDates.publicationDateProblem(pasted.published());
        if (badDate.isPresent()) {
            return FileOutcome.failed(PastedArticle.SOURCE_NAME, badDate.get());
        }
        ReadArticle read;
        try {
            read = reader.readPasted(pasted.text());
        } catch (ArticleReadException e) {
            return FileOutcome.failed(PastedArticle.SOURCE_NAME, e.getMessage());
        }
        NewArticle article = new NewArticle(blankToNull(pasted.title()), blankToNull(pasted.outlet()), null,
                pasted.published(), false, PastedArticle.SOURCE_NAME, read.article().originalText());
        ReadArticle dated = PublicationDating.dated(new ReadArticle(article, read.warnings()), ImportDefaults.NONE);
        return store(prepare(PastedArticle.SOURCE_NAME, dated.article(), dated.warnings()));
    }

    /** A file that never reached the server whole (kept back by the browser, upload failed): why, in one line. */
    public FileOutcome notReceived(String fileName, long size, String uploadError) {
        try {
            reader.checkBeforeReading(fileName, size);
            return FileOutcome.failed(fileName, "not imported: " + uploadError);
        } catch (ArticleReadException e) {
            return FileOutcome.failed(fileName, e.getMessage());
        }
    }

    /** Analyses an article read (any thread); a copy of a stored article is known as a duplicate at once. */
    private Step prepare(String source, NewArticle article, List<String> warnings) {
        try {
            Optional<ImportOutcome> duplicate = articles.duplicateOf(article);
            if (duplicate.isPresent()) {
                return new Known(FileOutcome.stored(source, duplicate.get(), warnings));
            }
            return new Ready(source, articles.prepare(article), warnings);
        } catch (RuntimeException e) {
            LOG.warn("Could not analyse {}", source, e);
            return failed(source, "could not be stored: " + oneLine(e));
        }
    }

    private FileOutcome store(Step step) {
        if (step instanceof Known known) {
            return known.outcome();
        }
        Ready ready = (Ready) step;
        try {
            return FileOutcome.stored(ready.source(), articles.store(ready.article()), ready.warnings());
        } catch (RuntimeException e) {
            LOG.warn("Could not store {}", ready.source(), e);
            return FileOutcome.failed(ready.source(), "could not be stored: " + oneLine(e));
        }
    }

    private static Step failed(String source, String reason) {
        return new Known(FileOutcome.failed(source, reason));
    }

    private static String oneLine(RuntimeException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

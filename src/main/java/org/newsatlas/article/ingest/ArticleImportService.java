package org.newsatlas.article.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.NewArticle;
import org.newsatlas.geoparse.SaneDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;

/**
 * Imports the user's own articles: batches of files (uploads, paths, folders) and pasted text. Each article is
 * stored in its own transaction by {@link ArticleService#store}; a file that cannot be read or stored is
 * reported with a one-line reason and the batch goes on. Not transactional itself, on purpose.
 */
@Service
public class ArticleImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleImportService.class);

    private final ArticleFileReader reader;
    private final ArticleService articles;

    public ArticleImportService(ArticleFileReader reader, ArticleService articles) {
        this.reader = reader;
        this.articles = articles;
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

    public ImportReport importSources(List<ArticleSource> sources, Consumer<ImportProgress> progress) {
        return importSources(sources, ImportDefaults.NONE, progress);
    }

    public ImportReport importSources(List<ArticleSource> sources, ImportDefaults defaults,
                                      Consumer<ImportProgress> progress) {
        Batch batch = new Batch(sources.size(), progress);
        for (ArticleSource source : sources) {
            if (ArticleFileReader.isBundle(source.name())) {
                importBundle(source, defaults, batch, true);
            } else {
                batch.done(importOne(source, defaults));
            }
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

    /**
     * A CSV, JSON Lines or ZIP file: each row, line or archived file gets its own outcome, stored in a transaction of
     * its own; a file refused whole (too large, unreadable, a ZIP bomb) gets one failed line and stores nothing.
     */
    private void importBundle(ArticleSource source, ImportDefaults defaults, Batch batch, boolean outermost) {
        List<BundleEntry> entries;
        try {
            entries = reader.readBundle(source);
        } catch (ArticleReadException e) {
            batch.done(FileOutcome.failed(source.name(), e.getMessage()));
            return;
        }
        batch.total += entries.size() - (outermost ? 1 : 0);
        for (BundleEntry entry : entries) {
            if (entry instanceof BundleEntry.Row row) {
                batch.done(importRecord(row.record(), defaults));
            } else if (entry instanceof BundleEntry.File file && ArticleFileReader.isBundle(file.name())) {
                batch.total--;
                importBundle(ArticleSource.of(file.name(), file.bytes()), defaults, batch, false);
            } else if (entry instanceof BundleEntry.File file) {
                batch.done(importOne(ArticleSource.of(file.name(), file.bytes()), defaults));
            } else if (entry instanceof BundleEntry.Problem problem) {
                batch.done(FileOutcome.failed(problem.name(), problem.reason()));
            } else if (entry instanceof BundleEntry.Skipped skip) {
                batch.total--;
                batch.skipped.add(new SkippedPath(skip.name(), skip.reason()));
            }
        }
    }

    /** One CSV row or JSON line: its text checked as pasted text is, its date read, then stored like a file. */
    FileOutcome importRecord(ArticleRecord record, ImportDefaults defaults) {
        if (record.text() == null) {
            return FileOutcome.failed(record.name(), "no text: the text column (text, body, content or article) is empty");
        }
        ReadArticle read;
        try {
            read = reader.readPasted(record.text());
        } catch (ArticleReadException e) {
            return FileOutcome.failed(record.name(), e.getMessage());
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
                    return FileOutcome.failed(record.name(), problem.get());
                }
                published = date.get();
            }
        }
        NewArticle article = new NewArticle(record.title(), record.outlet(), record.author(), published, false,
                record.url() != null ? record.url() : ArticleFileReader.fileName(record.name()),
                read.article().originalText());
        ReadArticle dated = PublicationDating.dated(new ReadArticle(article, warnings), defaults);
        return store(record.name(), dated.article(), dated.warnings());
    }

    public FileOutcome importOne(ArticleSource source) {
        return importOne(source, ImportDefaults.NONE);
    }

    /**
     * One file: read, dated ({@link PublicationDating}: its metadata, its text, the batch's date) and stored in a
     * transaction of its own.
     */
    public FileOutcome importOne(ArticleSource source, ImportDefaults defaults) {
        ReadArticle read;
        try {
            read = PublicationDating.dated(reader.read(source), defaults);
        } catch (ArticleReadException e) {
            return FileOutcome.failed(source.name(), e.getMessage());
        }
        return store(source.name(), read.article(), read.warnings());
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
        return store(PastedArticle.SOURCE_NAME, dated.article(), dated.warnings());
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

    private FileOutcome store(String source, NewArticle article, List<String> warnings) {
        try {
            return FileOutcome.stored(source, articles.store(article), warnings);
        } catch (RuntimeException e) {
            LOG.warn("Could not store {}", source, e);
            return FileOutcome.failed(source, "could not be stored: " + oneLine(e));
        }
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

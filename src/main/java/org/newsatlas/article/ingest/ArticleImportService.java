package org.newsatlas.article.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        return new ImportReport(report.files(), found.skipped());
    }

    public ImportReport importSources(List<ArticleSource> sources, Consumer<ImportProgress> progress) {
        return importSources(sources, ImportDefaults.NONE, progress);
    }

    public ImportReport importSources(List<ArticleSource> sources, ImportDefaults defaults,
                                      Consumer<ImportProgress> progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (ArticleSource source : sources) {
            FileOutcome outcome = importOne(source, defaults);
            outcomes.add(outcome);
            progress.accept(new ImportProgress(outcomes.size(), sources.size(), outcome));
        }
        return new ImportReport(outcomes);
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

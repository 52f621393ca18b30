package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.DATE_OUT_OF_RANGE;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.EMPTY;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.TOO_LARGE;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.UNREADABLE;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.UNSUPPORTED_TYPE;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsatlas.geoparse.SaneDates;
import org.springframework.stereotype.Component;

/**
 * Turns a file (name + bytes) into an article: picks the format by extension (.txt, .md, .html/.htm), checks
 * size and emptiness before reading, and reports anything wrong as one typed, one-line reason (a publication date
 * outside {@link SaneDates} too, e.g. "publication date 0999-05-05 is outside 1800–2200").
 */
@Component
public class ArticleFileReader {

    private static final List<ArticleFormat> FORMATS = List.of(new PlainTextFormat(), new MarkdownFormat(), new HtmlFormat());

    private final long maxBytes;

    public ArticleFileReader(ImportProperties properties) {
        this.maxBytes = properties.maxBytes().toBytes();
    }

    /** Lower-case extensions with their dot, for upload pickers and folder scans. */
    public static List<String> extensions() {
        return FORMATS.stream().flatMap(f -> f.extensions().stream()).toList();
    }

    public static boolean isSupported(String fileName) {
        return format(fileName).isPresent();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public ReadArticle read(String fileName, byte[] bytes) throws ArticleReadException {
        return read(ArticleSource.of(fileName, bytes));
    }

    public ReadArticle read(ArticleSource source) throws ArticleReadException {
        try {
            long size = source.size();
            ArticleFormat format = format(source.name()).orElseThrow(() -> new ArticleReadException(UNSUPPORTED_TYPE,
                    "unsupported file type: only " + String.join(", ", extensions()) + " files are read"));
            checkSize(size);
            byte[] bytes = source.bytes();
            checkSize(bytes.length);
            ReadArticle read = format.read(fileName(source.name()), bytes);
            Optional<String> badDate = SaneDates.publicationDateProblem(read.article().published());
            if (badDate.isPresent()) {
                throw new ArticleReadException(DATE_OUT_OF_RANGE, badDate.get());
            }
            return read;
        } catch (IOException e) {
            throw new ArticleReadException(UNREADABLE, "cannot read the file: " + describe(e));
        }
    }

    private void checkSize(long size) throws ArticleReadException {
        if (size == 0) {
            throw new ArticleReadException(EMPTY, "empty file");
        }
        if (size > maxBytes) {
            throw new ArticleReadException(TOO_LARGE, "file too large: %s, the limit is %s (newsatlas.import.max-bytes)"
                    .formatted(ByteCount.format(size), ByteCount.format(maxBytes)));
        }
    }

    private static Optional<ArticleFormat> format(String fileName) {
        String name = fileName(fileName).toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> f.extensions().stream().anyMatch(name::endsWith)).findFirst();
    }

    /** The last path segment: what the article records as its source and what a person recognises. */
    static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}

package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.DATE_OUT_OF_RANGE;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.UNREADABLE;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.UNSUPPORTED_TYPE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsatlas.geoparse.SaneDates;
import org.springframework.stereotype.Component;

/**
 * Turns a file (name + bytes) into an article: picks the format by extension (.txt, .md, .html/.htm), checks
 * size and emptiness before reading (and reads no more than one byte past the limit), and reports anything wrong
 * as one typed, one-line reason (a publication date outside {@link SaneDates} too, e.g. "publication date
 * 0999-05-05 is outside 1800–2200"). Pasted text goes through the same checks as a .txt file.
 */
@Component
public class ArticleFileReader {

    private static final ArticleFormat PLAIN_TEXT = new PlainTextFormat();
    private static final List<ArticleFormat> FORMATS = List.of(PLAIN_TEXT, new MarkdownFormat(), new HtmlFormat());

    private static final List<BundleFormat> RECORD_FORMATS = List.of(new CsvFormat(), new JsonLinesFormat(),
            new FeedFormat());

    private final ImportSizeLimit sizeLimit;
    private final long maxBundleBytes;
    private final List<BundleFormat> bundles;

    public ArticleFileReader(ImportProperties properties) {
        this.sizeLimit = new ImportSizeLimit(properties);
        this.maxBundleBytes = properties.maxBundleBytes().toBytes();
        this.bundles = Stream.concat(RECORD_FORMATS.stream(), Stream.of(new ZipFormat(sizeLimit.maxBytes(),
                maxBundleBytes, name -> format(name).isPresent() || Sidecar.isSidecar(name), ArticleFileReader::isRecordFile))).toList();
    }

    /** Lower-case extensions with their dot, for upload pickers and folder scans: article files, then bundles. */
    public static List<String> extensions() {
        return Stream.of(FORMATS.stream().flatMap(f -> f.extensions().stream()),
                RECORD_FORMATS.stream().flatMap(f -> f.extensions().stream()), Stream.of(ZipFormat.EXTENSION))
                .flatMap(s -> s).toList();
    }

    public static boolean isSupported(String fileName) {
        return format(fileName).isPresent() || isBundle(fileName);
    }

    /** Whether the file holds many articles (CSV, JSON Lines, an RSS or Atom feed, ZIP). */
    public static boolean isBundle(String fileName) {
        return isRecordFile(fileName) || lowerCase(fileName).endsWith(ZipFormat.EXTENSION);
    }

    private static boolean isRecordFile(String fileName) {
        return RECORD_FORMATS.stream().anyMatch(f -> f.extensions().stream().anyMatch(lowerCase(fileName)::endsWith));
    }

    private static String lowerCase(String fileName) {
        return fileName.toLowerCase(Locale.ROOT);
    }

    /** The largest CSV, JSON Lines, feed or ZIP file, and what a ZIP may unpack to. */
    public long maxBundleBytes() {
        return maxBundleBytes;
    }

    /**
     * The entries of a file holding many articles, read up to one byte past the bundle limit, never more; the
     * file is refused whole (nothing imported) when it is too large, unreadable or a ZIP bomb.
     */
    List<BundleEntry> readBundle(ArticleSource source) throws ArticleReadException {
        BundleFormat format = bundles.stream()
                .filter(f -> f.extensions().stream().anyMatch(lowerCase(source.name())::endsWith)).findFirst()
                .orElseThrow(() -> new ArticleReadException(UNSUPPORTED_TYPE, "not a CSV, JSON Lines, RSS/Atom or ZIP file"));
        try {
            long declared = source.size();
            if (declared > maxBundleBytes) {
                throw bundleTooLarge(ByteCount.format(declared));
            }
            byte[] bytes = source.bytes((int) Math.min(Integer.MAX_VALUE - 8, maxBundleBytes + 1));
            if (bytes.length > maxBundleBytes) {
                throw bundleTooLarge("more than " + ByteCount.format(maxBundleBytes));
            }
            if (bytes.length == 0) {
                throw new ArticleReadException(ArticleReadException.Reason.EMPTY, "empty file");
            }
            return format.entries(source.name(), bytes);
        } catch (IOException e) {
            throw new ArticleReadException(UNREADABLE, "cannot read the file: " + describe(e));
        }
    }

    private ArticleReadException bundleTooLarge(String size) {
        return new ArticleReadException(ArticleReadException.Reason.TOO_LARGE,
                "file too large: %s, the limit for CSV, JSON Lines, feed and ZIP files is %s (newsatlas.import.max-bundle-bytes)"
                        .formatted(size, ByteCount.format(maxBundleBytes)));
    }

    public long maxBytes() {
        return sizeLimit.maxBytes();
    }

    public ReadArticle read(String fileName, byte[] bytes) throws ArticleReadException {
        return read(ArticleSource.of(fileName, bytes));
    }

    /**
     * Reads the source up to one byte past the limit, never more: a source that says it is too large is not read
     * at all, and one that turns out larger than it said is stopped at the limit.
     */
    public ReadArticle read(ArticleSource source) throws ArticleReadException {
        try {
            long declared = source.size();
            ArticleFormat format = formatOf(source.name());
            if (declared >= 0) {
                sizeLimit.check("file", declared);
            }
            byte[] bytes = source.bytes(sizeLimit.readLimit());
            if (bytes.length > sizeLimit.maxBytes()) {
                throw sizeLimit.tooLarge("file", declared > bytes.length ? ByteCount.format(declared)
                        : "more than " + ByteCount.format(sizeLimit.maxBytes()));
            }
            sizeLimit.check("file", bytes.length);
            return withSaneDate(format.read(fileName(source.name()), bytes));
        } catch (IOException e) {
            throw new ArticleReadException(UNREADABLE, "cannot read the file: " + describe(e));
        }
    }

    /**
     * What {@link #read} would refuse before reading a byte: the type (by name) and the size. For files the browser
     * kept back, so they get the same reason as files that reached the server.
     */
    public void checkBeforeReading(String fileName, long size) throws ArticleReadException {
        formatOf(fileName);
        sizeLimit.check("file", size);
    }

    /**
     * Pasted text, checked exactly as a .txt file holding it as UTF-8 (size, NUL and other control characters,
     * binary-looking content, empty), so the paste form refuses what file import refuses, with the same reason.
     */
    public ReadArticle readPasted(String text) throws ArticleReadException {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        sizeLimit.check("file", bytes.length);
        return PLAIN_TEXT.read(PastedArticle.SOURCE_NAME, bytes);
    }

    private static ReadArticle withSaneDate(ReadArticle read) throws ArticleReadException {
        Optional<String> badDate = SaneDates.publicationDateProblem(read.article().published());
        if (badDate.isPresent()) {
            throw new ArticleReadException(DATE_OUT_OF_RANGE, badDate.get());
        }
        return read;
    }

    private static ArticleFormat formatOf(String fileName) throws ArticleReadException {
        return format(fileName).orElseThrow(() -> new ArticleReadException(UNSUPPORTED_TYPE,
                "unsupported file type: only " + String.join(", ", extensions()) + " files are read"));
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

package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.TOO_LARGE;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.UNREADABLE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A ZIP archive ({@code .zip}) of article files and CSV / JSON Lines files, in folders or not. Refused whole,
 * before anything is imported, when it unpacks to more than the bundle limit, holds more than
 * {@value #MAX_ENTRIES} entries, or an entry unpacks to more than {@value #MAX_RATIO} times its packed size (the
 * marks of a ZIP bomb). An entry larger than the file limit gets its own "too large" line; hidden files, folders,
 * archives inside the archive and other types are left out with the reason.
 */
final class ZipFormat implements BundleFormat {

    static final String EXTENSION = ".zip";
    static final int MAX_ENTRIES = 100_000;
    static final int MAX_RATIO = 200;
    /** Below this an entry's ratio is not judged (small text files pack well). */
    private static final long RATIO_FLOOR = 256 * 1024;

    private final long maxFileBytes;
    private final long maxBundleBytes;
    private final Predicate<String> isArticleFile;
    private final Predicate<String> isRecordFile;

    ZipFormat(long maxFileBytes, long maxBundleBytes, Predicate<String> isArticleFile,
              Predicate<String> isRecordFile) {
        this.maxFileBytes = maxFileBytes;
        this.maxBundleBytes = maxBundleBytes;
        this.isArticleFile = isArticleFile;
        this.isRecordFile = isRecordFile;
    }

    @Override
    public List<String> extensions() {
        return List.of(EXTENSION);
    }

    @Override
    public List<BundleEntry> entries(String sourceName, byte[] bytes) throws ArticleReadException {
        List<BundleEntry> entries = new ArrayList<>();
        long unpacked = 0;
        int count = 0;
        ByteArrayInputStream packed = new ByteArrayInputStream(bytes);
        try (ZipInputStream zip = new ZipInputStream(packed)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (++count > MAX_ENTRIES) {
                    throw bomb(sourceName, "holds more than " + MAX_ENTRIES + " files");
                }
                String name = sourceName + "/" + entry.getName();
                String skipped = skipReason(entry.getName());
                if (skipped != null) {
                    entries.add(new BundleEntry.Skipped(name, skipped));
                    continue;
                }
                long limit = isRecordFile.test(entry.getName()) ? maxBundleBytes : maxFileBytes;
                int packedBefore = packed.available();
                byte[] content = readUpTo(zip, Math.min(limit, maxBundleBytes - unpacked) + 1);
                long packedSize = Math.max(1, packedBefore - packed.available());
                unpacked += content.length;
                if (unpacked > maxBundleBytes) {
                    throw bomb(sourceName, "unpacks to more than " + ByteCount.format(maxBundleBytes));
                }
                if (content.length > RATIO_FLOOR && content.length / packedSize > MAX_RATIO) {
                    throw bomb(sourceName, entry.getName() + " unpacks to more than " + MAX_RATIO
                            + " times its packed size");
                }
                if (content.length > limit) {
                    entries.add(new BundleEntry.Problem(name, "too large: more than " + ByteCount.format(limit)
                            + " unpacked, the limit is " + ByteCount.format(limit)));
                    continue;
                }
                entries.add(new BundleEntry.File(name, content));
            }
        } catch (ZipException e) {
            throw new ArticleReadException(UNREADABLE, "not a readable ZIP archive: " + e.getMessage());
        } catch (IOException e) {
            throw new ArticleReadException(UNREADABLE, "cannot read the ZIP archive: " + e.getMessage());
        } catch (IllegalArgumentException e) { // malformed entry names
            throw new ArticleReadException(UNREADABLE, "not a readable ZIP archive: " + e.getMessage());
        }
        if (count == 0) {
            throw new ArticleReadException(UNREADABLE, "not a ZIP archive, or one that holds no files");
        }
        return entries;
    }

    private String skipReason(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (file.startsWith(".") || path.startsWith("__MACOSX/") || path.contains("/.")) {
            return "hidden file";
        }
        if (file.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return "an archive inside the archive is not opened";
        }
        if (!isArticleFile.test(file) && !isRecordFile.test(file)) {
            return "not an article file";
        }
        return null;
    }

    private static ArticleReadException bomb(String sourceName, String what) {
        return new ArticleReadException(TOO_LARGE, "the archive " + what + " (the marks of a ZIP bomb);"
                + " nothing was imported from it");
    }

    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
}

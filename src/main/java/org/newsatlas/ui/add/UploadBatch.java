package org.newsatlas.ui.add;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.article.Plural;
import org.newsatlas.article.ingest.FileOutcome;

/**
 * The files a person dropped or picked, counted honestly (the imported, duplicate and failed counts are articles:
 * a CSV, JSON Lines or ZIP file adds the results of all it held): {@code done} of {@code total}. Every count comes from the
 * browser's own events for each file, which reach the server in the order they happened: an upload began
 * ({@link #started}), the browser refused a file ({@link #refused}), an upload ended ({@link #ended}, after the
 * server answered it or failed to). Files dropped while others are still importing join the running batch; the
 * first file after everything ended starts a new one. The browser announces how many files a drop or pick holds
 * before it starts any of them ({@link #added}), so the total is the whole drop from the first moment (the upload
 * events that follow reach the server one request after another, and a busy server answered the first alone).
 * (The server's own outcomes arrive on another channel, the
 * upload requests, and could overtake these events: they are not counted here.)
 */
final class UploadBatch {

    private int announced;
    private int started;
    private int refused;
    private final List<FileOutcome.Result> ended = new ArrayList<>();
    /** Articles of CSV, JSON Lines and ZIP files, by result (a file of one article counts in {@link #ended}). */
    private final Map<FileOutcome.Result, Integer> bundled = new EnumMap<>(FileOutcome.Result.class);

    /** The browser took {@code count} files from one drop or pick; it will start or refuse each of them. */
    void added(int count) {
        if (isFinished() && total() > 0) {
            clear();
        }
        announced += Math.max(0, count);
    }

    /** The browser began uploading a file. */
    void started() {
        startIfFinished();
        started++;
    }

    /** The browser kept a file back (type, size): it is done at once, and failed. */
    void refused() {
        startIfFinished();
        started++;
        refused++;
        ended.add(FileOutcome.Result.FAILED);
    }

    /** An upload ended: imported, duplicate or failed (by the importer, or on the way). */
    void ended(FileOutcome.Result result) {
        ended.add(result);
    }

    /** An upload of a file holding many articles ended, with how many of them came to each result. */
    void endedBundle(Map<FileOutcome.Result, Integer> articles) {
        ended.add(null);
        articles.forEach((result, count) -> bundled.merge(result, count, Integer::sum));
    }

    int done() {
        return ended.size();
    }

    int total() {
        return Math.max(announced, Math.max(started, ended.size()));
    }

    boolean isFinished() {
        return done() >= total();
    }

    double fraction() {
        return total() == 0 ? 0 : (double) done() / total();
    }

    /** "Importing: 1 of 3 files processed · imported 1, duplicates skipped 0, failed 0". */
    String status() {
        return "%s: %d of %s processed · imported %d, duplicates skipped %d, failed %d".formatted(
                isFinished() ? "Done" : "Importing", done(), Plural.of(total(), "file"),
                count(FileOutcome.Result.IMPORTED), count(FileOutcome.Result.DUPLICATE), count(FileOutcome.Result.FAILED));
    }

    private long count(FileOutcome.Result result) {
        return ended.stream().filter(r -> r == result).count() + bundled.getOrDefault(result, 0);
    }

    /**
     * Finished, with at least one file uploaded: the next file starts a new batch. (In one drop the browser refuses
     * a file before it starts the uploads that follow it, so refusals alone do not close a batch.)
     */
    private void startIfFinished() {
        if (isFinished() && started > refused) {
            clear();
        }
    }

    private void clear() {
        announced = 0;
        started = 0;
        refused = 0;
        ended.clear();
        bundled.clear();
    }
}

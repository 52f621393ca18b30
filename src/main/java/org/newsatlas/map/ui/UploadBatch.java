package org.newsatlas.map.ui;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.ImportReport;

/**
 * The files a person dropped or picked at once, counted honestly: {@code done} of {@code total}. The browser
 * uploads one file per request and never says how many it was given, so the total comes from the upload's file
 * list ({@link #listChanged}: files stay in it after upload, so a batch is what the list grew by since the last
 * batch finished), from files the browser refused ({@link #refused}), and from uploads that reach the server
 * before the list change does ({@link #arrived}). A file arriving once everything is done starts a new batch;
 * the list growing by no more than the files already uploaded does not.
 */
final class UploadBatch {

    private int listBase;
    private int listLength;
    private int listed;
    private int refused;
    private int arrived;
    private final List<FileOutcome> outcomes = new ArrayList<>();

    /** The browser's list of files now has {@code length} entries. */
    void listChanged(int length) {
        if (length > listLength && isClosed() && length - listBase > arrived - refused) {
            start(listLength);
        }
        listLength = length;
        listed = Math.max(0, length - listBase);
    }

    /** The server received one of the files and starts importing it. */
    void arrived() {
        if (isClosed()) {
            start(listLength);
        }
        arrived++;
    }

    /** The browser refused a file (type, size): it never arrives, and counts as done and failed. */
    void refused(FileOutcome outcome) {
        if (isClosed()) {
            start(listLength);
        }
        refused++;
        arrived++;
        outcomes.add(outcome);
    }

    void done(FileOutcome outcome) {
        outcomes.add(outcome);
    }

    int done() {
        return outcomes.size();
    }

    int total() {
        return Math.max(Math.max(listed + refused, arrived), outcomes.size());
    }

    boolean isFinished() {
        return done() >= total();
    }

    double fraction() {
        return total() == 0 ? 0 : (double) done() / total();
    }

    /** "Importing: 1 of 3 files processed · imported 1, duplicates skipped 0, failed 0". */
    String status() {
        return "%s: %d of %d file%s processed · %s".formatted(isFinished() ? "Done" : "Importing", done(), total(),
                total() == 1 ? "" : "s", new ImportReport(outcomes).summary());
    }

    /**
     * Finished, with at least one file uploaded: the next file starts a new batch. (The browser refuses files
     * before it lists the others of the same drop, so refusals alone do not close a batch.)
     */
    private boolean isClosed() {
        return isFinished() && arrived > refused;
    }

    private void start(int base) {
        listBase = base;
        listed = 0;
        refused = 0;
        arrived = 0;
        outcomes.clear();
    }
}

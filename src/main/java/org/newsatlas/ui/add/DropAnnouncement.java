package org.newsatlas.ui.add;

import com.vaadin.flow.component.upload.Upload;
import java.util.function.IntConsumer;

/**
 * Tells the server how many files a drop or pick holds before the upload takes any of them: every way in (file
 * picker, dropped files, dropped folders once read) passes the whole list to the upload's {@code _addFiles}, which
 * the page wraps to send the count first. Without it the server learns the files one upload event at a time, and
 * those can reach it in several requests.
 */
final class DropAnnouncement {

    private static final String EVENT = "na-files-added";
    private static final String WRAP_ADD_FILES = """
            const upload = this;
            if (!upload.__naAnnounced && typeof upload._addFiles === 'function') {
              const addFiles = upload._addFiles.bind(upload);
              upload._addFiles = files => {
                upload.dispatchEvent(new CustomEvent('%s', {detail: {count: files ? files.length : 0}}));
                addFiles(files);
              };
              upload.__naAnnounced = true;
            }""".formatted(EVENT);

    private DropAnnouncement() {
    }

    /** {@code onAdded} gets each drop's or pick's number of files, before any of its upload events. */
    static void install(Upload upload, IntConsumer onAdded) {
        upload.getElement().addEventListener(EVENT,
                        e -> onAdded.accept((int) e.getEventData().getNumber("event.detail.count")))
                .addEventData("event.detail.count");
        upload.getElement().executeJs(WRAP_ADD_FILES);
    }
}

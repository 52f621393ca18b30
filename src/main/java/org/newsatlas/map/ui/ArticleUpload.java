package org.newsatlas.map.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.util.List;
import java.util.stream.Stream;
import org.newsatlas.article.ingest.ArticleFileReader;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.ArticleSource;
import org.newsatlas.article.ingest.ByteCount;
import org.newsatlas.article.ingest.FileOutcome;

/**
 * Drag-and-drop or pick many files. Each file is imported on its upload request thread, never the UI
 * thread, one at a time; the batch's progress bar (files done of files dropped or picked together) and result
 * list are updated through {@link UI#access} and pushed to the browser (server push is on for the app).
 */
public class ArticleUpload extends Composite<VerticalLayout> {

    private final ArticleImportService importer;
    private final CurrentUser user;
    /** The browser's list of files: those uploaded stay in it. */
    private static final String FILE_COUNT = "element.files.length";
    private final ImportResultList results;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span("Drop .txt, .md or .html files, or pick them.");
    private final Object importLock = new Object();
    private final UploadBatch batch = new UploadBatch();
    private UI ui;

    public ArticleUpload(ArticleImportService importer, ArticleFileReader reader, CurrentUser user,
                         ImportResultList results) {
        this.importer = importer;
        this.user = user;
        this.results = results;
        Upload upload = new Upload(UploadHandler.inMemory(this::imported));
        upload.setAcceptedFileTypes(Stream.concat(ArticleFileReader.extensions().stream(),
                Stream.of("text/plain", "text/markdown", "text/html")).toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(reader.maxBytes(), Integer.MAX_VALUE));
        upload.addFileRejectedListener(e -> rejected(e.getFileName(), e.getErrorMessage()));
        upload.getElement().addEventListener("files-changed", e -> {
            batch.listChanged((int) e.getEventData().getNumber(FILE_COUNT));
            showProgress();
        }).addEventData(FILE_COUNT);
        upload.addClassName("na-article-upload");
        progress.setVisible(false);
        progress.addClassName("na-import-progress");
        status.addClassName("na-import-status-line");
        Span limit = new Span("Up to " + ByteCount.format(reader.maxBytes()) + " per file.");
        getContent().setPadding(false);
        getContent().add(upload, limit, progress, status);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        // the import threads report progress by server push; only the screens that need it open the connection (the map loads without it)
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
    }

    /** On the upload request thread, without the session lock. */
    private void imported(UploadMetadata file, byte[] bytes) {
        synchronized (importLock) {
            access(this::fileArrived);
            FileOutcome outcome = user.canEdit() ? importer.importOne(ArticleSource.of(file.fileName(), bytes))
                    : new FileOutcome(file.fileName(), FileOutcome.Result.FAILED, null,
                            "not imported: only an editor can add articles", List.of());
            access(() -> fileDone(outcome));
        }
    }

    private void rejected(String fileName, String reason) {
        FileOutcome outcome = new FileOutcome(fileName, FileOutcome.Result.FAILED, null, "not uploaded: " + reason,
                List.of());
        batch.refused(outcome);
        results.add(outcome);
        showProgress();
    }

    private void fileArrived() {
        batch.arrived();
        showProgress();
    }

    private void fileDone(FileOutcome outcome) {
        batch.done(outcome);
        results.add(outcome);
        showProgress();
    }

    /** Files done of the files dropped or picked together (see {@link UploadBatch}). */
    private void showProgress() {
        if (batch.total() == 0) {
            return;
        }
        progress.setVisible(true);
        progress.setValue(batch.fraction());
        status.setText(batch.status());
    }

    private void access(Runnable command) {
        if (ui != null) {
            ui.access(command::run);
        }
    }
}

package org.newsatlas.ui.add;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.newsatlas.ui.PublicationDatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomEventListener;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsatlas.article.ingest.ArticleFileReader;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.ByteCount;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.ImportDefaults;
import org.newsatlas.ui.CurrentUser;

/**
 * Drag-and-drop or pick many files, up to {@code newsatlas.import.max-bytes} each (the browser keeps back larger
 * ones at once). Each file is imported on its upload request thread ({@link ArticleUploadHandler}); its result line
 * is pushed to the page through {@link UI#access}. Every file gets a line: the importer's, or, for a file the browser
 * kept back or whose upload failed (connection lost, server error), the reason it was not imported. The progress
 * bar and status count the browser's own per-file events ({@link UploadBatch}).
 */
public class ArticleUpload extends Composite<VerticalLayout> {

    private static final String FILE_NAME = "event.detail.file.name";
    private static final String FILE_SIZE = "event.detail.file.size";
    private static final String STATUS = "event.detail.xhr.status";
    private static final String RESPONSE = "event.detail.xhr.responseText";

    private final ArticleImportService importer;
    private final CurrentUser user;
    private final ImportResultList results;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span("Drop .txt, .md or .html articles, or CSV, JSON Lines, RSS/Atom or ZIP files of many, or pick them.");
    private final UploadBatch batch = new UploadBatch();
    private UI ui;
    /** The batch's date and outlet for files that name none: read on the upload threads, set by the fields. */
    private volatile ImportDefaults defaults = ImportDefaults.NONE;

    public ArticleUpload(ArticleImportService importer, ArticleFileReader reader, CurrentUser user,
                         ImportResultList results) {
        this.importer = importer;
        this.user = user;
        this.results = results;
        DatePicker batchDate = PublicationDatePicker.create("Date for undated files", "Optional");
        TextField batchOutlet = new TextField("Outlet where a file names none");
        batchDate.addClassName("na-batch-date");
        batchOutlet.addClassName("na-batch-outlet");
        batchOutlet.setValueChangeMode(ValueChangeMode.EAGER); // typed, then files dropped: no blur in between
        batchDate.addValueChangeListener(e -> defaults = new ImportDefaults(
                batchDate.isInvalid() ? null : e.getValue(), blankToNull(batchOutlet.getValue())));
        batchOutlet.addValueChangeListener(e -> defaults = new ImportDefaults(
                batchDate.isInvalid() ? null : batchDate.getValue(), blankToNull(e.getValue())));
        batchDate.setWidth("20rem");
        batchOutlet.setWidth("20rem");
        HorizontalLayout batch = new HorizontalLayout(batchDate, batchOutlet);
        batch.setSpacing(true);
        batch.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        Upload upload = new Upload(new ArticleUploadHandler(importer, user::canEdit, this::imported,
                () -> defaults));
        upload.setAcceptedFileTypes(Stream.concat(ArticleFileReader.extensions().stream(),
                Stream.of("text/plain", "text/markdown", "text/html")).toArray(String[]::new));
        upload.setMaxFileSize((int) reader.maxBytes());
        upload.setI18n(messages(reader.maxBytes()));
        DropAnnouncement.install(upload, this::added);
        listen(upload, "upload-before", e -> started());
        listen(upload, "file-reject", this::refused, FILE_NAME, FILE_SIZE, "event.detail.error");
        listen(upload, "upload-success", this::uploaded, FILE_NAME, FILE_SIZE, STATUS, RESPONSE);
        listen(upload, "upload-error", this::uploaded, FILE_NAME, FILE_SIZE, STATUS, RESPONSE);
        listen(upload, "upload-abort", e -> notReceived(e, "upload cancelled"), FILE_NAME, FILE_SIZE);
        upload.addClassName("na-article-upload");
        progress.setVisible(false);
        progress.addClassName("na-import-progress");
        status.addClassName("na-import-status-line");
        Span limit = new Span("Up to " + ByteCount.format(reader.maxBytes()) + " per file.");
        getContent().setPadding(false);
        getContent().add(batch, upload, limit, progress, status);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        // the import threads report progress by server push; only the screens that need it open the connection (the map loads without it)
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
    }

    /** On the upload request thread, without the session lock. */
    private void imported(FileOutcome outcome) {
        if (ui != null) {
            ui.access(() -> results.add(outcome));
        }
    }

    private void added(int files) {
        batch.added(files);
        showProgress();
    }

    private void started() {
        batch.started();
        showProgress();
    }

    private void refused(DomEvent event) {
        results.add(importer.notReceived(fileName(event), fileSize(event),
                "kept back by the browser: " + event.getEventData().getString("event.detail.error")));
        batch.refused();
        showProgress();
    }

    /** The browser heard the server's answer to an upload, or that it got none. */
    private void uploaded(DomEvent event) {
        int httpStatus = (int) event.getEventData().getNumber(STATUS);
        String answer = event.getEventData().getString(RESPONSE);
        if ((httpStatus == 200 || httpStatus == ArticleUploadHandler.REFUSED_BY_IMPORTER) && answer != null
                && answer.startsWith(ArticleUploadHandler.BUNDLE_ANSWER)) {
            batch.endedBundle(bundleCounts(answer));
        } else if (httpStatus == ArticleUploadHandler.REFUSED_BY_IMPORTER) {
            batch.ended(FileOutcome.Result.FAILED);
        } else if (httpStatus == 200 && ("imported".equals(answer) || "duplicate".equals(answer))) {
            batch.ended(FileOutcome.Result.valueOf(answer.toUpperCase(Locale.ROOT)));
        } else {
            notReceived(event, switch (httpStatus) {
                case 0 -> "the connection to the server was lost; add the file again";
                case 413 -> "the server refused the upload as too large";
                default -> "the upload failed (HTTP %d); add the file again".formatted(httpStatus);
            });
            return;
        }
        showProgress();
    }

    /** "bundle imported=4 duplicate=0 failed=1" as counts per result. */
    private static Map<FileOutcome.Result, Integer> bundleCounts(String answer) {
        Map<FileOutcome.Result, Integer> counts = new EnumMap<>(FileOutcome.Result.class);
        for (String part : answer.substring(ArticleUploadHandler.BUNDLE_ANSWER.length()).split(" ")) {
            String[] pair = part.split("=");
            if (pair.length == 2) {
                try {
                    counts.put(FileOutcome.Result.valueOf(pair[0].toUpperCase(Locale.ROOT)), Integer.parseInt(pair[1]));
                } catch (IllegalArgumentException e) { // not one of ours: counted as nothing
                }
            }
        }
        return counts;
    }

    private void notReceived(DomEvent event, String reason) {
        results.add(importer.notReceived(fileName(event), fileSize(event), reason));
        batch.ended(FileOutcome.Result.FAILED);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String fileName(DomEvent event) {
        return event.getEventData().getString(FILE_NAME);
    }

    private static long fileSize(DomEvent event) {
        return (long) event.getEventData().getNumber(FILE_SIZE);
    }

    private static void listen(Upload upload, String type, DomEventListener listener,
            String... data) {
        var registration = upload.getElement().addEventListener(type, listener);
        for (String expression : data) {
            registration.addEventData(expression);
        }
    }

    /** The browser's own messages in its file list, saying what the page's result lines say. */
    private static UploadI18N messages(long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig("File too large: the limit is " + ByteCount.format(maxBytes))
                .setIncorrectFileType("Unsupported file type: only " + String.join(", ", ArticleFileReader.extensions()))
                .setTooManyFiles("Too many files"));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden("Not imported: see its line in the results")
                .setUnexpectedServerError("Not imported: the server failed; add the file again")
                .setServerUnavailable("Not imported: connection to the server lost; add the file again")));
        return i18n;
    }
}

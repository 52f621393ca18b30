package org.newsatlas.ui.add;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.ArticleSource;
import org.newsatlas.article.ingest.FileOutcome;

/**
 * Receives one uploaded file per request and imports it on the request thread (one file at a time), reading the
 * upload's stream only up to the import limit. The response tells the browser what became of the file: its result
 * word ({@code imported}, {@code duplicate}) with 200, or {@code failed} with 422, so the browser's file list marks
 * a file the importer refused and the page knows that file already has its result line.
 */
final class ArticleUploadHandler implements UploadHandler {

    static final int REFUSED_BY_IMPORTER = 422;

    private final ArticleImportService importer;
    private final BooleanSupplier mayImport;
    private final Consumer<FileOutcome> results;
    private final Object importLock = new Object();

    /**
     * {@code mayImport} is asked on the request thread for each file (a forged upload from someone who may not
     * edit imports nothing); {@code results} hears each file's outcome there.
     */
    ArticleUploadHandler(ArticleImportService importer, BooleanSupplier mayImport, Consumer<FileOutcome> results) {
        this.importer = importer;
        this.mayImport = mayImport;
        this.results = results;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        FileOutcome outcome;
        if (!mayImport.getAsBoolean()) {
            outcome = new FileOutcome(event.getFileName(), FileOutcome.Result.FAILED, null,
                    "not imported: only an editor can add articles", List.of());
        } else {
            try (InputStream in = event.getInputStream()) {
                synchronized (importLock) {
                    // the declared size is not trusted (without servlet multipart it is the whole request's
                    // length): the reader stops one byte past the limit whatever it says
                    outcome = importer.importOne(ArticleSource.of(event.getFileName(), -1, in));
                }
            }
        }
        results.accept(outcome);
        VaadinResponse response = event.getResponse();
        response.setStatus(outcome.failed() ? REFUSED_BY_IMPORTER : 200);
        response.setContentType("text/plain;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            out.write(outcome.result().name().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Keeps the status set above; only a request that failed before or around the import becomes a 500. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (!success) {
            response.setStatus(500);
        }
    }
}

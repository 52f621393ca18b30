package org.newsatlas.ui.add;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsatlas.article.ingest.ArticleFileReader;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.ImportDefaults;
import org.newsatlas.article.ingest.ImportReport;
import org.newsatlas.article.ingest.ArticleSource;
import org.newsatlas.article.ingest.FileOutcome;

/**
 * Receives one uploaded file per request and imports it on the request thread (one file at a time), reading the
 * upload's stream only up to the import limit. The response tells the browser what became of the file: its result
 * word ({@code imported}, {@code duplicate}) with 200, or {@code failed} with 422, so the browser's file list marks
 * a file the importer refused and the page knows that file already has its result line. A CSV, JSON Lines or ZIP
 * file answers with the count of its articles per result ({@link #BUNDLE_ANSWER}); 422 when none was stored.
 */
final class ArticleUploadHandler implements UploadHandler {

    static final int REFUSED_BY_IMPORTER = 422;
    /** How the answer for a CSV, JSON Lines or ZIP file begins: "bundle imported=4 duplicate=0 failed=1". */
    static final String BUNDLE_ANSWER = "bundle ";

    private final ArticleImportService importer;
    private final BooleanSupplier mayImport;
    private final Consumer<FileOutcome> results;
    private final Supplier<ImportDefaults> defaults;
    private final Object importLock = new Object();

    /**
     * {@code mayImport} is asked on the request thread for each file (a forged upload from someone who may not
     * edit imports nothing); {@code results} hears each file's outcome there.
     */
    ArticleUploadHandler(ArticleImportService importer, BooleanSupplier mayImport, Consumer<FileOutcome> results,
                         Supplier<ImportDefaults> defaults) {
        this.defaults = defaults;
        this.importer = importer;
        this.mayImport = mayImport;
        this.results = results;
    }

    /**
     * A file holding many articles: each row, line or archived file gets its line as it is done. The answer for
     * the whole file is "failed" when none of them could be stored (the browser then marks the file as refused).
     */
    private FileOutcome importBundle(ArticleSource source, ImportDefaults batch) {
        ImportReport report = importer.importSources(List.of(source), batch,
                progress -> results.accept(progress.latest()));
        boolean noneStored = report.files().stream().allMatch(FileOutcome::failed);
        String counts = Arrays.stream(FileOutcome.Result.values())
                .map(r -> r.name().toLowerCase(Locale.ROOT) + "=" + report.files().stream()
                        .filter(f -> f.result() == r).count())
                .collect(Collectors.joining(" ", BUNDLE_ANSWER, ""));
        return new FileOutcome(source.name(), noneStored ? FileOutcome.Result.FAILED : FileOutcome.Result.IMPORTED,
                null, counts, List.of());
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        FileOutcome outcome;
        boolean reported = false;
        if (!mayImport.getAsBoolean()) {
            outcome = new FileOutcome(event.getFileName(), FileOutcome.Result.FAILED, null,
                    "not imported: only an editor can add articles", List.of());
        } else {
            try (InputStream in = event.getInputStream()) {
                synchronized (importLock) {
                    // the declared size is not trusted (without servlet multipart it is the whole request's
                    // length): the reader stops one byte past the limit whatever it says
                    ArticleSource source = ArticleSource.of(event.getFileName(), -1, in);
                    reported = ArticleFileReader.isBundle(event.getFileName());
                    ImportDefaults batch = defaults.get();
                    outcome = reported ? importBundle(source, batch) : importer.importOne(source, batch);
                }
            }
        }
        if (!reported) {
            results.accept(outcome);
        }
        VaadinResponse response = event.getResponse();
        response.setStatus(outcome.failed() ? REFUSED_BY_IMPORTER : 200);
        response.setContentType("text/plain;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            String answer = reported ? outcome.message() : outcome.result().name().toLowerCase(Locale.ROOT);
            out.write(answer.getBytes(StandardCharsets.UTF_8));
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

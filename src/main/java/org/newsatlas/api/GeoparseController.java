package org.newsatlas.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsatlas.article.ingest.ArticleReadException;
import org.newsatlas.article.ingest.ImportProperties;
import org.newsatlas.article.ingest.ImportSizeLimit;
import org.newsatlas.article.ingest.TextDecoder;
import org.newsatlas.analysis.ArticleAnalyzer;
import org.newsatlas.analysis.GeoparseDocument;
import org.newsatlas.geoparse.SaneDates;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/geoparse}: plain text in, the geoparse JSON of the CLI out. Nothing is stored. The body is held
 * to the import size limit while it is read (413 past it) and decoded like an imported file: the Content-Type's
 * charset (UTF-8 when it names none), a byte-order mark or UTF-16's NUL bytes first; bytes that do not decode
 * and binary data are a 400 with the reason.
 */
@RestController
public class GeoparseController {

    private final ArticleAnalyzer analyzer;
    private final ImportSizeLimit sizeLimit;
    private final TextDecoder decoder = new TextDecoder();

    public GeoparseController(ArticleAnalyzer analyzer, ImportProperties importProperties) {
        this.analyzer = analyzer;
        this.sizeLimit = new ImportSizeLimit(importProperties);
    }

    @PostMapping(value = "/api/geoparse", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public GeoparseDocument geoparse(HttpServletRequest request,
                                     @RequestParam(required = false) String date,
                                     @RequestParam(required = false, defaultValue = "request") String document) {
        LocalDate published = parseDate(date);
        String text = read(request);
        if (text.isBlank()) {
            throw ApiException.badParameter("body", "the text is empty");
        }
        return GeoparseDocument.of(document, analyzer.analyze(text, published));
    }

    private String read(HttpServletRequest request) {
        Charset charset = charset(request.getContentType());
        try {
            long declaredLength = request.getContentLengthLong();
            if (declaredLength > 0) {
                sizeLimit.check("text", declaredLength);
            }
            return decoder.decodeAs(sizeLimit.read("text", request.getInputStream()), charset).text();
        } catch (ArticleReadException e) {
            throw e.reason() == ArticleReadException.Reason.TOO_LARGE ? ApiException.tooLarge(e.getMessage())
                    : ApiException.badParameter("body", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    /** The Content-Type's charset, else UTF-8 (Spring has already answered 415 to a charset Java does not know). */
    private static Charset charset(String contentType) {
        Charset named = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
        return named == null ? StandardCharsets.UTF_8 : named;
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            LocalDate parsed = LocalDate.parse(date.strip());
            SaneDates.publicationDateProblem(parsed).ifPresent(problem -> {
                throw ApiException.badParameter("date", problem);
            });
            return parsed;
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("date", "'" + date + "' is not a date like 2021-08-19");
        }
    }
}

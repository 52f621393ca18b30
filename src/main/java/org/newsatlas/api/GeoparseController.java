package org.newsatlas.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsatlas.geoparse.ArticleAnalyzer;
import org.newsatlas.geoparse.GeoparseDocument;
import org.newsatlas.geoparse.SaneDates;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/geoparse}: plain text in, the geoparse JSON of the CLI out. Nothing is stored. */
@RestController
public class GeoparseController {

    static final int MAX_CHARS = 1_000_000;
    private final ArticleAnalyzer analyzer;

    public GeoparseController(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @PostMapping(value = "/api/geoparse", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public GeoparseDocument geoparse(@RequestBody(required = false) String text,
                                     @RequestParam(required = false) String date,
                                     @RequestParam(required = false, defaultValue = "request") String document) {
        if (text == null || text.isBlank()) {
            throw ApiException.badParameter("body", "the text is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw ApiException.badParameter("body", "the text is longer than " + MAX_CHARS + " characters");
        }
        if (text.indexOf('\0') >= 0) {
            throw ApiException.badParameter("body", "the text contains NUL characters: binary data, not text");
        }
        return GeoparseDocument.of(document, analyzer.analyze(text, parseDate(date)));
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

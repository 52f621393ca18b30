package org.newsatlas.api;

import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.layer.MonthWindow;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map screen's features of a month window ({@link WindowFeatures}): {@code GET /api/map-features?window=2021-08}
 * ({@code 2021-06..2021-09}, open ends, or nothing for all time). With the current version in {@code v} the answer
 * may be kept by the browser for good (private: it is the corpus's content); with none or an old one it is the
 * current document, to be revalidated (its version is the weak ETag, so a revalidation is answered 304).
 */
@RestController
public class MapFeaturesController {

    private final WindowFeatures features;

    public MapFeaturesController(WindowFeatures features) {
        this.features = features;
    }

    @GetMapping(WindowFeatures.URL_PREFIX)
    public ResponseEntity<byte[]> features(@RequestParam(defaultValue = "") String window,
                                           @RequestParam(required = false) String v) {
        WindowFeatures.Document document = features.of(parse(window));
        return VersionedGeoJson.versioned(document.version(), v, MediaType.APPLICATION_JSON, false, document.body());
    }

    private static MonthWindow parse(String window) {
        try {
            return MonthWindow.parse(window, SaneDates::containsYear, true);
        } catch (MonthWindow.BadText e) {
            throw ApiException.badParameter("window", e.getMessage() + " (a month YYYY-MM, a range YYYY-MM..YYYY-MM "
                    + "with either end open, or nothing for all time; years " + SaneDates.FIRST_YEAR + "–"
                    + SaneDates.LAST_YEAR + ")");
        }
    }
}

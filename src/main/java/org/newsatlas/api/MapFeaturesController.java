package org.newsatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsatlas.api.ogc.OgcController;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.layer.LayerName;
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
    private final ObjectMapper json;

    public MapFeaturesController(WindowFeatures features, ObjectMapper json) {
        this.features = features;
        this.json = json;
    }

    @GetMapping(WindowFeatures.URL_PREFIX)
    public ResponseEntity<byte[]> features(@RequestParam(defaultValue = "") String window,
                                           @RequestParam(required = false) String v) {
        WindowFeatures.Document document = features.of(parse(window));
        return VersionedGeoJson.versioned(document.version(), v, MediaType.APPLICATION_JSON, false, document.body());
    }

    /**
     * A point layer's features of a month window in a map view: {@code GET /api/map-features/view?layer=places&
     * window=2021-08&bbox=west,south,east,north&zoom=5} (and {@code hideLow=true} to leave places of low confidence
     * out, {@code selected=<id>} for the feature that must be sent whatever the view). Answers {@code {"total": n,
     * "rows": [[id, name, passages, lat, lon, confidence], ...], "clusters": [{"lat", "lon", "count", "passages",
     * "names", "bounds": [w, s, e, n]}, ...]}} ({@link ViewClusters}); cached like the window's document.
     */
    @GetMapping(WindowFeatures.VIEW_URL)
    public ResponseEntity<byte[]> view(@RequestParam String layer, @RequestParam(defaultValue = "") String window,
                                       @RequestParam String bbox, @RequestParam int zoom,
                                       @RequestParam(defaultValue = "false") boolean hideLow,
                                       @RequestParam(required = false) String selected,
                                       @RequestParam(required = false) String v) {
        LayerName name = OgcController.layer(layer);
        if (!features.isPoints(name)) {
            throw ApiException.badParameter("layer", "'" + layer + "' is not a layer of points");
        }
        WindowFeatures.ViewAnswer answer = features.view(parse(window), name, ViewBox.parse(bbox),
                ViewBox.zoom(zoom), hideLow, selected);
        try {
            return VersionedGeoJson.versioned(answer.version(), v, MediaType.APPLICATION_JSON, false,
                    json.writeValueAsBytes(answer.view()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the features of a view", e);
        }
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

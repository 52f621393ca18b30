package org.newsatlas.api;

import java.util.List;
import java.util.Map;
import org.newsatlas.api.ogc.DateTimeParameter;
import org.newsatlas.api.ogc.OgcController;
import org.newsatlas.api.ogc.OgcDocuments;
import org.newsatlas.api.ogc.PageParameters;
import org.newsatlas.layer.FeaturePassagePage;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthCount;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.layer.UnplacedExercise;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The map's own JSON endpoints: the passages behind a feature, the month histogram, unplaced exercises. */
@RestController
@RequestMapping("/api")
public class LayerApiController {

    private final LayerService layers;

    public LayerApiController(LayerService layers) {
        this.layers = layers;
    }

    /** Passages per page unless {@code limit} says otherwise. */
    static final int DEFAULT_PASSAGE_LIMIT = 100;

    /**
     * The passages that mention a feature in a month ({@code month=YYYY-MM}) or, without it, at any time; a page
     * at a time ({@code limit}, default {@value #DEFAULT_PASSAGE_LIMIT}, and {@code offset}, as the OGC items),
     * with {@code numberMatched}, {@code numberReturned} and the number of articles.
     */
    @GetMapping("/features/{collectionId}/{featureId}/passages")
    public Map<String, Object> passages(@PathVariable String collectionId, @PathVariable String featureId,
            @RequestParam(required = false) String month, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        LayerName name = OgcController.layer(collectionId);
        MonthWindow window = DateTimeParameter.parseMonth("month", month);
        PageParameters page = PageParameters.parse(limit, offset, DEFAULT_PASSAGE_LIMIT);
        FeaturePassagePage passages = layers.passages(name, featureId, window, page.offset(), page.limit())
                .orElseThrow(() -> ApiException.notFound("Unknown feature '" + featureId + "' in collection '"
                        + collectionId + "'"));
        return OgcDocuments.map("collection", name.id(), "featureId", featureId,
                "month", window.isAllTime() ? null : window.from().toString(),
                "numberMatched", passages.total(), "numberReturned", passages.passages().size(),
                "articles", passages.articles(), "offset", page.offset(), "limit", page.limit(),
                "passages", passages.passages());
    }

    /** Passages and mentions per month, over one layer ({@code layer=capitals}) or all. */
    @GetMapping("/months")
    public List<MonthCount> months(@RequestParam(required = false) String layer) {
        if (layer == null) {
            return layers.months(List.of());
        }
        LayerName name = LayerName.byId(layer).orElseThrow(() -> ApiException.badParameter("layer", "unknown layer '"
                + layer + "'; one of " + String.join(", ", OgcDocuments.collectionIds())));
        return layers.months(List.of(name));
    }

    @GetMapping("/exercises/unplaced")
    public List<UnplacedExercise> unplacedExercises() {
        return layers.unplacedExercises();
    }
}

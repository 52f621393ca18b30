package org.newsatlas.ui.map;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.geotools.api.feature.simple.SimpleFeature;
import org.newsatlas.api.WindowFeatures;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.PlaceChoice;
import org.newsatlas.article.PlaceResolution;
import org.newsatlas.article.Plural;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.basemap.LayerShapes;
import org.newsatlas.layer.MonthCount;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.layer.YearCount;

/**
 * What the map screen asks of the layers: the overlays for a window (by reference to the window's features with
 * their counts, and lines and polygons to their cached shapes), the month histogram, and the
 * facts the panel shows about a feature.
 */
class MapOverlays {

    private final LayerService layers;
    private final LayerShapes shapes;
    private final ArticleService articles;
    private final WindowFeatures windowFeatures;

    MapOverlays(LayerService layers, LayerShapes shapes, ArticleService articles, WindowFeatures windowFeatures) {
        this.layers = layers;
        this.shapes = shapes;
        this.articles = articles;
        this.windowFeatures = windowFeatures;
    }

    /** One overlay per layer, its features in the window's shared document ({@link WindowFeatures}). */
    List<MapOverlay> forWindow(MonthWindow window) {
        WindowFeatures.Document document = windowFeatures.of(window);
        List<MapOverlay> overlays = new ArrayList<>();
        for (LayerName name : LayerName.values()) {
            String shapesUrl = shapes.of(name).map(LayerShapes.Shapes::url).orElse(null);
            overlays.add(new MapOverlay(name.id(), name.title(), symbol(name), shapesUrl, document.url(),
                    document.count(name), name.linksPlaceMentions(), document.lowConfidenceCount(name),
                    document.viewUrl(name)));
        }
        return overlays;
    }

    NavigableMap<YearMonth, Long> passagesPerMonth() {
        NavigableMap<YearMonth, Long> counts = new TreeMap<>();
        for (MonthCount month : layers.months(List.of())) {
            counts.put(month.month(), (long) month.passages());
        }
        return counts;
    }

    NavigableMap<Integer, Long> passagesPerYear() {
        NavigableMap<Integer, Long> counts = new TreeMap<>();
        for (YearCount year : layers.years(List.of())) {
            counts.put(year.year(), (long) year.passages());
        }
        return counts;
    }

    /** Lines under the feature's name: dates and aliases of an exercise, the country of a capital... */
    List<String> facts(FeatureSummary feature) {
        SimpleFeature f = layers.feature(feature.layer(), feature.id(), MonthWindow.ALL_TIME).orElse(null);
        if (f == null) {
            return List.of();
        }
        List<String> facts = new ArrayList<>();
        switch (feature.layer()) {
            case EXERCISE_SITES -> {
                facts.add(dates(text(f, "start"), text(f, "end")));
                add(facts, "Site: ", text(f, "site_name"));
                add(facts, "Also written: ", text(f, "aliases").replace(" | ", ", "));
            }
            case CAPITALS -> add(facts, "Capital · ", text(f, "iso_a2"));
            case BORDERS -> add(facts, "Length ≈ ", wholeKilometres(f) + " km");
            case COUNTRIES -> add(facts, "ISO code ", text(f, "iso_a2"));
            case PLACES -> add(facts, PlaceChoice.kindLabel(layers.layer(feature.layer()).linkKey(feature.id()),
                    text(f, "kind")) + " · ", text(f, "country_code"));
            default -> { }
        }
        if (feature.layer() != LayerName.EXERCISE_SITES && feature.layer() != LayerName.BORDERS) {
            String gazetteerId = layers.layer(feature.layer()).linkKey(feature.id());
            articles.placeResolution(gazetteerId).ifPresent(r -> facts.addAll(resolution(r)));
        }
        return facts;
    }

    private static List<String> resolution(PlaceResolution r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(java.util.Locale.ROOT, "Resolved %s, mean confidence %.2f%s (mostly by %s)",
                Plural.of(r.mentions(), "mention"), r.meanConfidence(),
                r.meanConfidence() < FeatureSummary.LOW_CONFIDENCE ? ", low: more likely wrong than right" : "",
                r.decidedBy()));
        if (!r.runnersUp().isEmpty()) {
            lines.add("Runners-up: " + String.join(", ", r.runnersUp()));
        }
        return lines;
    }

    private static MapOverlay.Symbol symbol(LayerName name) {
        return switch (name) {
            case EXERCISE_SITES -> MapOverlay.Symbol.EXERCISE;
            case CAPITALS -> MapOverlay.Symbol.CAPITAL;
            case BORDERS -> MapOverlay.Symbol.BORDER;
            case COUNTRIES -> MapOverlay.Symbol.COUNTRY;
            case PLACES -> MapOverlay.Symbol.PLACE;
        };
    }

    private static String dates(String start, String end) {
        if (start.isEmpty()) {
            return "Dates unknown";
        }
        return start.equals(end) || end.isEmpty() ? start : start + " – " + end;
    }

    private static void add(List<String> facts, String label, String value) {
        if (!value.isBlank() && !value.equals("null")) {
            facts.add(label + value);
        }
    }

    /** The border's length without its decimals (truncated, as shown since the first version), or "" if unknown. */
    private static String wholeKilometres(SimpleFeature border) {
        return border.getAttribute("length_km") instanceof Number km ? Long.toString(km.longValue()) : "";
    }

    private static String text(SimpleFeature feature, String attribute) {
        Object value = feature.getAttribute(attribute);
        return value == null ? "" : value.toString();
    }
}

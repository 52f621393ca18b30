package org.newsatlas.map.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.geotools.api.feature.simple.SimpleFeature;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.PlaceResolution;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthCount;
import org.newsatlas.layer.MonthWindow;

/**
 * What the map screen asks of the layers: the overlay specs for a window (the browser fetches each layer from
 * the OGC API, narrowed to the window and to features some passage mentions; the URL carries the layers'
 * version, so that the browser fetches again after a change), the month histogram, and the facts the panel
 * shows about a feature.
 */
class MapOverlays {

    private static final int MAX_FEATURES = 10_000;
    private final LayerService layers;
    private final ArticleService articles;

    MapOverlays(LayerService layers, ArticleService articles) {
        this.layers = layers;
        this.articles = articles;
    }

    List<MapOverlay> forWindow(MonthWindow window, List<FeatureSummary> features) {
        List<MapOverlay> overlays = new ArrayList<>();
        String version = java.net.URLEncoder.encode(layers.version(), java.nio.charset.StandardCharsets.UTF_8);
        for (LayerName name : LayerName.values()) {
            long count = features.stream().filter(f -> f.layer() == name).count();
            overlays.add(new MapOverlay(name.id(), name.title(), symbol(name), url(name, window) + "&v=" + version,
                    count, true));
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
            case BORDERS -> add(facts, "Length ≈ ", text(f, "length_km").replaceAll("\\.\\d+$", "") + " km");
            case COUNTRIES -> add(facts, "ISO code ", text(f, "iso_a2"));
            case PLACES -> add(facts, text(f, "kind") + " · ", text(f, "country_code"));
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
        lines.add(String.format(java.util.Locale.ROOT, "Resolved %d mention%s, mean confidence %.2f (mostly by %s)",
                r.mentions(), r.mentions() == 1 ? "" : "s", r.meanConfidence(), r.decidedBy()));
        if (!r.runnersUp().isEmpty()) {
            lines.add("Runners-up: " + String.join(", ", r.runnersUp()));
        }
        return lines;
    }

    private static String url(LayerName name, MonthWindow window) {
        String url = "/ogc/collections/" + name.id() + "/items?limit=" + MAX_FEATURES + "&mentioned=true";
        if (window.from() != null && window.to() != null) {
            url += "&datetime=" + window.from().atDay(1) + "T00:00:00Z/" + window.to().atEndOfMonth() + "T23:59:59Z";
        }
        return url;
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

    private static String text(SimpleFeature feature, String attribute) {
        Object value = feature.getAttribute(attribute);
        return value == null ? "" : value.toString();
    }
}

package org.newsatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsatlas.basemap.LayerShapes;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthWindow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The features on the map in a month window, every layer, as the compact rows the browser draws: one JSON document
 * per window, {@code {"places": [[id, name, passages, lat, lon, confidence], ...], "countries": [[id, name,
 * passages, null, null, confidence]], "exercise_sites": [[id, name, passages, lat, lon]], ...}} (points with their
 * coordinates; lines and polygons take theirs from {@link LayerShapes}; places with their mentions' mean
 * confidence to two places). It is written once per
 * answer of {@link LayerService#summaries} and shared by every session, and served at a URL carrying a hash of
 * its bytes ({@link #URL_PREFIX}), so a browser fetches a month once and Vaadin's page data carries only the URL:
 * at 10,000 articles the map's state was 466 KB in every full load and in every session's memory.
 */
@Component
public class WindowFeatures {

    public static final String URL_PREFIX = "/api/map-features";
    /** A point layer's features in a map view ({@link #view}). */
    public static final String VIEW_URL = URL_PREFIX + "/view";
    /** Documents kept: a few months and ranges are asked for over and over. */
    private static final int KEPT = 64;

    /**
     * A window's document: its bytes and their version (a hash), the rows' number per layer and how many of them are
     * places of low confidence ({@link FeatureSummary#isLowConfidence}).
     */
    public record Document(MonthWindow window, byte[] body, String version, Map<LayerName, Integer> counts,
                           Map<LayerName, Integer> lowConfidence, Set<LayerName> byView) {

        /** Where the browser fetches it: the window ("" for all time) and the version. */
        public String url() {
            return URL_PREFIX + "?window=" + windowParameter() + "&v=" + version;
        }

        /**
         * Where the browser asks for a layer's points in its view ({@link ViewClusters}), when the layer has too many
         * to send whole (its rows are left out of the document): the view's box and zoom are added to it. Else null.
         */
        public String viewUrl(LayerName layer) {
            return byView.contains(layer)
                    ? VIEW_URL + "?layer=" + layer.id() + "&window=" + windowParameter() + "&v=" + version : null;
        }

        private String windowParameter() {
            return java.net.URLEncoder.encode(window.format(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public int count(LayerName layer) {
            return counts.getOrDefault(layer, 0);
        }

        public int lowConfidenceCount(LayerName layer) {
            return lowConfidence.getOrDefault(layer, 0);
        }
    }

    /** The summaries a document was written from: the same list (by identity) means the same document. */
    private record Kept(List<FeatureSummary> source, Document document) {
    }

    private final LayerService layers;
    private final LayerShapes shapes;
    private final ObjectMapper json;
    private final Map<MonthWindow, Kept> kept = new ConcurrentHashMap<>();
    private final int byViewAbove;
    private final int viewRowsUpTo;

    /**
     * @param byViewAbove a point layer with more features than this in a window is left out of its document and
     *                    sent by view ({@link #view}): tens of thousands of markers take seconds to cluster in a
     *                    browser, and megabytes to send
     * @param viewRowsUpTo a view of such a layer holding at most this many points gets them one by one (the
     *                     browser clusters them); a fuller one gets the server's clusters
     */
    public WindowFeatures(LayerService layers, LayerShapes shapes, ObjectMapper json,
                          @Value("${newsatlas.map.points-by-view-above:5000}") int byViewAbove,
                          @Value("${newsatlas.map.view-rows-up-to:1500}") int viewRowsUpTo) {
        this.layers = layers;
        this.shapes = shapes;
        this.json = json;
        this.byViewAbove = byViewAbove;
        this.viewRowsUpTo = viewRowsUpTo;
    }

    /** The window's document for the corpus as it is (the one kept while the summaries are the same answer). */
    public Document of(MonthWindow window) {
        return kept(window).document();
    }

    /**
     * A layer's features in the window within a map view, gathered into clusters when many ({@link ViewClusters}),
     * and the version of the window's document they belong to.
     *
     * @param hideLow leave places of low confidence out
     * @param selected the selected feature's id (always sent, wherever it is), or null
     */
    public ViewAnswer view(MonthWindow window, LayerName layer, ViewBox box, int zoom, boolean hideLow,
                           String selected) {
        Kept current = kept(window);
        List<FeatureSummary> points = current.source().stream().filter(f -> f.layer() == layer).toList();
        return new ViewAnswer(current.document().version(), ViewClusters.of(points, box, zoom,
                f -> !(hideLow && f.isLowConfidence()), selected, viewRowsUpTo));
    }

    /** Whether the layer's features are points (lines and polygons have shapes of their own). */
    public boolean isPoints(LayerName layer) {
        return shapes.of(layer).isEmpty();
    }

    /** A view's points and the version of the document they were taken from. */
    public record ViewAnswer(String version, ViewClusters.View view) {
    }

    private Kept kept(MonthWindow window) {
        List<FeatureSummary> summaries = layers.summaries(window);
        Kept current = kept.get(window);
        if (current != null && current.source() == summaries) {
            return current;
        }
        Kept written = new Kept(summaries, write(window, summaries));
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(window, written);
        return written;
    }

    private Document write(MonthWindow window, List<FeatureSummary> summaries) {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        Map<LayerName, Integer> counts = new java.util.EnumMap<>(LayerName.class);
        Map<LayerName, Integer> low = new java.util.EnumMap<>(LayerName.class);
        for (LayerName name : LayerName.values()) {
            rows.put(name.id(), new ArrayList<>());
            counts.put(name, 0);
        }
        Set<LayerName> shaped = EnumSet.noneOf(LayerName.class);
        for (LayerName name : LayerName.values()) {
            shapes.of(name).ifPresent(s -> shaped.add(name));
        }
        for (FeatureSummary f : summaries) {
            counts.merge(f.layer(), 1, Integer::sum);
            if (f.isLowConfidence()) {
                low.merge(f.layer(), 1, Integer::sum);
            }
        }
        Set<LayerName> byView = EnumSet.noneOf(LayerName.class);
        for (LayerName name : LayerName.values()) {
            if (!shaped.contains(name) && counts.get(name) > byViewAbove) {
                byView.add(name);
            }
        }
        for (FeatureSummary f : summaries) {
            if (!byView.contains(f.layer())) {
                rows.get(f.layer().id()).add(row(f, !shaped.contains(f.layer()) && !Double.isNaN(f.lat())));
            }
        }
        try {
            // the version covers the layers sent by view too: their counts change what the document stands for
            byte[] body = json.writeValueAsBytes(rows);
            StringBuilder sentByView = new StringBuilder();
            summaries.stream().filter(f -> byView.contains(f.layer())).forEach(f -> sentByView.append(row(f, true))
                    .append('\n'));
            String version = hash(body, sentByView.toString());
            return new Document(window, body, version, Map.copyOf(counts), Map.copyOf(low), Set.copyOf(byView));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the map's features of " + window, e);
        }
    }

    private static List<Object> row(FeatureSummary f, boolean point) {
        return row(f, point, f.lon());
    }

    /** A point's row drawn at {@code lon} (its own longitude, or a copy of it a world to the west or east). */
    static List<Object> row(FeatureSummary f, double lon) {
        return row(f, true, lon);
    }

    private static List<Object> row(FeatureSummary f, boolean point, double lon) {
        List<Object> row = new ArrayList<>(6);
        row.add(f.id());
        row.add(f.name());
        row.add(f.passageCount());
        if (point) {
            row.add(round(f.lat()));
            row.add(round(lon));
        }
        if (!Double.isNaN(f.meanConfidence())) {
            if (!point) {
                row.add(null);
                row.add(null);
            }
            row.add(Math.round(f.meanConfidence() * 100) / 100.0);
        }
        return row;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    private static String hash(byte[] body, String more) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body);
            byte[] digest = sha.digest(more.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

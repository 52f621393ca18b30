package org.newsatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsatlas.basemap.LayerShapes;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthWindow;
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
    /** Documents kept: a few months and ranges are asked for over and over. */
    private static final int KEPT = 64;

    /**
     * A window's document: its bytes and their version (a hash), the rows' number per layer and how many of them are
     * places of low confidence ({@link FeatureSummary#isLowConfidence}).
     */
    public record Document(MonthWindow window, byte[] body, String version, Map<LayerName, Integer> counts,
                           Map<LayerName, Integer> lowConfidence) {

        /** Where the browser fetches it: the window ("" for all time) and the version. */
        public String url() {
            return URL_PREFIX + "?window=" + java.net.URLEncoder.encode(window.format(),
                    java.nio.charset.StandardCharsets.UTF_8) + "&v=" + version;
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

    public WindowFeatures(LayerService layers, LayerShapes shapes, ObjectMapper json) {
        this.layers = layers;
        this.shapes = shapes;
        this.json = json;
    }

    /** The window's document for the corpus as it is (the one kept while the summaries are the same answer). */
    public Document of(MonthWindow window) {
        List<FeatureSummary> summaries = layers.summaries(window);
        Kept current = kept.get(window);
        if (current != null && current.source() == summaries) {
            return current.document();
        }
        Document written = write(window, summaries);
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(window, new Kept(summaries, written));
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
        java.util.Set<LayerName> shaped = java.util.EnumSet.noneOf(LayerName.class);
        for (LayerName name : LayerName.values()) {
            shapes.of(name).ifPresent(s -> shaped.add(name));
        }
        for (FeatureSummary f : summaries) {
            rows.get(f.layer().id()).add(row(f, !shaped.contains(f.layer()) && !Double.isNaN(f.lat())));
            counts.merge(f.layer(), 1, Integer::sum);
            if (f.isLowConfidence()) {
                low.merge(f.layer(), 1, Integer::sum);
            }
        }
        try {
            byte[] body = json.writeValueAsBytes(rows);
            return new Document(window, body, hash(body), Map.copyOf(counts), Map.copyOf(low));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the map's features of " + window, e);
        }
    }

    private static List<Object> row(FeatureSummary f, boolean point) {
        List<Object> row = new ArrayList<>(6);
        row.add(f.id());
        row.add(f.name());
        row.add(f.passageCount());
        if (point) {
            row.add(round(f.lat()));
            row.add(round(f.lon()));
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

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

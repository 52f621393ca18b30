package org.newsatlas.basemap;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.newsatlas.layer.BaseFeature;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerSources;
import org.springframework.stereotype.Service;

/**
 * The outlines of the line and polygon layers (borders, countries) as the browser draws them: simplified for the
 * map's zoom range and rounded, fetched once from a versioned, cacheable URL. A month switch then only sends
 * which features are on the map and their counts; the browser restyles the shapes it already has.
 */
@Service
public class LayerShapes {

    /**
     * Douglas–Peucker tolerance in degrees: about a pixel at zoom 6 (0.022°), the closest a selection zooms to
     * a border or a country. Russia's 10m outline keeps ~8k of its ~40k points; all countries ~57k points.
     */
    static final double TOLERANCE = 0.02;
    /** Decimal places kept (3: ~110 m, as the base map). */
    private static final int DECIMALS = 3;
    public static final String URL_PREFIX = "/api/shapes/";
    private static final List<LayerName> SHAPED = List.of(LayerName.BORDERS, LayerName.COUNTRIES);

    /** One layer's outlines by feature id, and a version that changes whenever they do. */
    public record Shapes(LayerName layer, Map<String, Geometry> byId, String version) {

        public String url() {
            return URL_PREFIX + layer.id() + "?v=" + version;
        }
    }

    private final Map<LayerName, Shapes> shapes = new EnumMap<>(LayerName.class);

    public LayerShapes(LayerSources sources) {
        for (LayerName name : SHAPED) {
            shapes.put(name, simplify(name, sources.features(name, List.of())));
        }
    }

    /** The layer's outlines; empty for point layers (their coordinates travel with the counts). */
    public Optional<Shapes> of(LayerName layer) {
        return Optional.ofNullable(shapes.get(layer));
    }

    static Shapes simplify(LayerName layer, List<BaseFeature> features) {
        Map<String, Geometry> byId = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        WKBWriter wkb = new WKBWriter();
        for (BaseFeature feature : features) {
            if (feature.geometry() == null || feature.geometry().isEmpty()) {
                continue;
            }
            // copy: the simplifier may share coordinates with the layer's own geometry, which must stay exact
            Geometry simple = DouglasPeuckerSimplifier.simplify(feature.geometry(), TOLERANCE).copy();
            CoordinateRounding.round(simple, DECIMALS);
            if (simple.isEmpty()) {
                simple = feature.geometry().getEnvelope();
            }
            byId.put(feature.id(), simple);
            digest.update(feature.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(wkb.write(simple));
        }
        digest.update(ByteBuffer.allocate(8).putDouble(TOLERANCE).array());
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new Shapes(layer, Collections.unmodifiableMap(byId), version);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.newsatlas.basemap;

import org.newsatlas.geodata.Geodata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.feature.FeatureIterator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.springframework.stereotype.Service;

/**
 * The offline base map: static GeoJSON files derived from Natural Earth (see geodata/README.md), drawn
 * bottom to top, read from the geodata location's {@link #FOLDER}. They are served as cacheable static resources
 * under {@link #URL_PREFIX}. For the opening zooms
 * the map draws an overview of each file instead, simplified here at start-up (a fifth of the points) and served
 * from a versioned URL under {@link #OVERVIEW_URL_PREFIX}; it swaps in the detailed files from
 * {@link #DETAIL_ZOOM} on.
 */
@Service
public class BaseMap {

    public static final String URL_PREFIX = "/basemap/";
    /** The base-map files' folder under the geodata location. */
    public static final String FOLDER = "basemap/";
    public static final String OVERVIEW_URL_PREFIX = "/api/basemap/";
    /** The first zoom level drawn from the detailed files. */
    public static final int DETAIL_ZOOM = 6;
    /** Douglas–Peucker tolerance of the overview in degrees: about a pixel at zoom 5 (0.044°). */
    static final double OVERVIEW_TOLERANCE = 0.04;
    /** Decimal places the overview keeps (2: ~1.1 km, a quarter of a pixel at zoom 5). */
    private static final int OVERVIEW_DECIMALS = 2;

    private final Geodata geodata;
    private final List<BaseMapLayer> layers = new ArrayList<>();
    private final Map<String, Overview> overviews = new LinkedHashMap<>();

    /** A layer's simplified geometries, bottom to top as in its file, and a version that changes when they do. */
    public record Overview(List<Geometry> geometries, String version) {
    }

    public BaseMap(Geodata geodata) {
        this.geodata = geodata;
        layer("land", "Land", BaseMapLayer.Kind.LAND, "land.geojson");
        layer("lakes", "Lakes", BaseMapLayer.Kind.LAKE, "lakes.geojson");
        layer("rivers", "Rivers", BaseMapLayer.Kind.RIVER, "rivers.geojson");
        layer("borders", "Country borders", BaseMapLayer.Kind.OUTLINE, "country-borders.geojson");
    }

    public List<BaseMapLayer> layers() {
        return List.copyOf(layers);
    }

    public Optional<Overview> overview(String layerId) {
        return Optional.ofNullable(overviews.get(layerId));
    }

    private void layer(String id, String label, BaseMapLayer.Kind kind, String file) {
        List<Geometry> simple = simplify(read(file));
        Overview overview = new Overview(simple, version(simple));
        overviews.put(id, overview);
        layers.add(new BaseMapLayer(id, label, kind, URL_PREFIX + file,
                OVERVIEW_URL_PREFIX + id + "?v=" + overview.version()));
    }

    static List<Geometry> simplify(List<Geometry> geometries) {
        List<Geometry> simple = new ArrayList<>();
        for (Geometry geometry : geometries) {
            Geometry s = DouglasPeuckerSimplifier.simplify(geometry, OVERVIEW_TOLERANCE).copy();
            CoordinateRounding.round(s, OVERVIEW_DECIMALS);
            if (!s.isEmpty()) {
                simple.add(s); // a lake or island under the tolerance is less than a pixel: dropped
            }
        }
        return List.copyOf(simple);
    }

    private List<Geometry> read(String file) {
        List<Geometry> geometries = new ArrayList<>();
        try (FeatureIterator<SimpleFeature> it = geodata.features(FOLDER + file, "basemap").features()) {
            while (it.hasNext()) {
                Geometry g = (Geometry) it.next().getDefaultGeometry();
                if (g != null && !g.isEmpty()) {
                    geometries.add(g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + file, e);
        }
        return geometries;
    }

    private static String version(List<Geometry> geometries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            WKBWriter wkb = new WKBWriter();
            geometries.forEach(g -> digest.update(wkb.write(g)));
            digest.update(Double.toString(OVERVIEW_TOLERANCE).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.newsatlas.layer;

import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A feature of a layer as a list or a panel shows it: ids, name, a representative point (lon/lat) and its
 * counts within the window it was queried for, with the mean confidence of its mentions there (places; NaN for
 * exercises and borders).
 */
public record FeatureSummary(LayerName layer, String id, String name, double lon, double lat,
                             int passageCount, int mentionCount, double meanConfidence) {

    /**
     * Under this mean confidence a place is more likely wrong than right (the geoparser's confidence is calibrated:
     * see ConfidenceModel): the map marks it and can hide it.
     */
    public static final double LOW_CONFIDENCE = 0.5;

    /** A feature without a confidence (exercises, borders). */
    public FeatureSummary(LayerName layer, String id, String name, double lon, double lat, int passageCount,
                          int mentionCount) {
        this(layer, id, name, lon, lat, passageCount, mentionCount, Double.NaN);
    }

    /** A place whose mentions in the window are more likely wrong than right. */
    public boolean isLowConfidence() {
        return meanConfidence < LOW_CONFIDENCE; // false for NaN
    }

    public static FeatureSummary of(LayerName layer, SimpleFeature feature) {
        Geometry geometry = (Geometry) feature.getDefaultGeometry();
        Point point = geometry == null || geometry.isEmpty() ? null
                : geometry instanceof Point p ? p : geometry.getInteriorPoint();
        return new FeatureSummary(layer, feature.getID(), String.valueOf(feature.getAttribute("name")),
                point == null ? Double.NaN : point.getX(), point == null ? Double.NaN : point.getY(),
                number(feature, LayerFeatures.PASSAGE_COUNT), number(feature, LayerFeatures.MENTION_COUNT),
                feature.getAttribute(LayerFeatures.MEAN_CONFIDENCE) instanceof Number c ? c.doubleValue()
                        : Double.NaN);
    }

    private static int number(SimpleFeature feature, String attribute) {
        Object value = feature.getAttribute(attribute);
        return value instanceof Number n ? n.intValue() : 0;
    }
}

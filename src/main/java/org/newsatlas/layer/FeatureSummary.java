package org.newsatlas.layer;

import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A feature of a layer as a list or a panel shows it: ids, name, a representative point (lon/lat) and its
 * counts within the window it was queried for.
 */
public record FeatureSummary(LayerName layer, String id, String name, double lon, double lat,
                             int passageCount, int mentionCount) {

    public static FeatureSummary of(LayerName layer, SimpleFeature feature) {
        Geometry geometry = (Geometry) feature.getDefaultGeometry();
        Point point = geometry == null || geometry.isEmpty() ? null
                : geometry instanceof Point p ? p : geometry.getInteriorPoint();
        return new FeatureSummary(layer, feature.getID(), String.valueOf(feature.getAttribute("name")),
                point == null ? Double.NaN : point.getX(), point == null ? Double.NaN : point.getY(),
                number(feature, LayerFeatures.PASSAGE_COUNT), number(feature, LayerFeatures.MENTION_COUNT));
    }

    private static int number(SimpleFeature feature, String attribute) {
        Object value = feature.getAttribute(attribute);
        return value instanceof Number n ? n.intValue() : 0;
    }
}

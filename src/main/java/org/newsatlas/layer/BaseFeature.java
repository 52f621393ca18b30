package org.newsatlas.layer;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer feature before it is linked to passages.
 *
 * @param linkKey     what the passage links use for it ("country:AF", "gn:1221874", "CN-RU", an exercise id)
 * @param ownMonths   months the feature is in by itself (an exercise's dates), or null: months of its passages
 * @param attributes  values of the layer's declared attributes, by name
 */
public record BaseFeature(String id, String linkKey, Geometry geometry, Map<String, Object> attributes,
                          List<YearMonth> ownMonths) {

    public BaseFeature withGeometry(Geometry other) {
        return new BaseFeature(id, linkKey, other, attributes, ownMonths);
    }
}

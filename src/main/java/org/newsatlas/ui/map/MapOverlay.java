package org.newsatlas.ui.map;

import java.util.List;
import org.newsatlas.layer.FeatureSummary;

/**
 * One data layer as the browser draws it for the chosen months: the features on the map with their counts
 * (points with their coordinates), drawn with {@code symbol}'s shape and colour. Lines and polygons are drawn
 * from {@code shapesUrl}, fetched once and cached by the browser; null for point layers.
 *
 * Whether it is switched on is the map's own state ({@link PlaceMap}), kept across month changes.
 *
 * @param features the layer's features on the map in the chosen months; their number is shown in the legend
 */
public record MapOverlay(String id, String label, Symbol symbol, String shapesUrl, List<FeatureSummary> features) {

    public long count() {
        return features.size();
    }

    public enum Symbol {
        EXERCISE, CAPITAL, BORDER, PLACE, COUNTRY;

        String clientName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

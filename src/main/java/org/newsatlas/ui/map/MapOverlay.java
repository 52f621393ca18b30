package org.newsatlas.ui.map;

/**
 * One data layer as the browser draws it for the chosen months, drawn with {@code symbol}'s shape and colour. Its
 * features with their counts (points with their coordinates) are rows of the window's document at
 * {@code featuresUrl} ({@link org.newsatlas.api.WindowFeatures}: one per window, shared by every session and
 * cached by the browser); lines and polygons are drawn from {@code shapesUrl} (null for point layers).
 *
 * Whether it is switched on is the map's own state ({@link PlaceMap}), kept across month changes.
 *
 * @param count the layer's features on the map in the chosen months, shown in the legend
 * @param places the layer's features are places, which carry the mean confidence of their mentions
 * @param lowConfidenceCount how many of them are places of low confidence (marked, or left off when hidden)
 * @param viewUrl for a point layer with too many features to send whole: where the browser asks for those in its
 *                view, gathered into clusters ({@code bbox} and {@code zoom} added); null when they are rows of the
 *                document
 */
public record MapOverlay(String id, String label, Symbol symbol, String shapesUrl, String featuresUrl, long count,
                         boolean places, long lowConfidenceCount, String viewUrl) {

    public enum Symbol {
        EXERCISE, CAPITAL, BORDER, PLACE, COUNTRY;

        String clientName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

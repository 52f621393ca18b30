package org.newsatlas.map.ui;

/**
 * One data layer as the browser draws it: GeoJSON fetched from {@code url} (the OGC API items of a collection,
 * already narrowed to the chosen months), drawn with {@code symbol}'s shape and colour.
 *
 * @param count passages mentioning the layer's features in the chosen months, shown in the legend
 */
public record MapOverlay(String id, String label, Symbol symbol, String url, long count, boolean visible) {

    public enum Symbol {
        EXERCISE, CAPITAL, BORDER, PLACE, COUNTRY;

        String clientName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

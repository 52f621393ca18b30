package org.newsatlas.basemap;

/**
 * One layer of the offline base map as the browser fetches it: {@code url} is the static GeoJSON file (detailed,
 * for zoomed-in views), {@code overviewUrl} the same layer simplified for the opening zooms (see {@link BaseMap}).
 */
public record BaseMapLayer(String id, String label, Kind kind, String url, String overviewUrl) {

    public enum Kind {
        LAND, OUTLINE, RIVER, LAKE;

        public String clientName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

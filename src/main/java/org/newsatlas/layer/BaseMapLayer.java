package org.newsatlas.layer;

/** One static GeoJSON file of the offline base map, as the browser fetches it. */
public record BaseMapLayer(String id, String label, Kind kind, String url) {

    public enum Kind {
        LAND, OUTLINE, RIVER, LAKE;

        public String clientName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

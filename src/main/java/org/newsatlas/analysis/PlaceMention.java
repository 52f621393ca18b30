package org.newsatlas.analysis;

/**
 * A resolved place mention as the layers need it; offsets [start, end) into the same text the detectors get.
 *
 * @param placeId     gazetteer id ("country:AF", "curated:central-asia", "gn:1142170")
 * @param countryCode ISO alpha-2 of the place's country, null for multi-country places
 * @param kind        place kind, lowercase: country, admin1, city, region, feature, site, continent
 * @param associative true for adjectives and demonyms ("Afghan", "Sino-")
 */
public record PlaceMention(int start, int end, String placeId, String countryCode, String kind,
                           boolean associative) {

    public boolean isCountry() {
        return "country".equals(kind) && countryCode != null;
    }

    public boolean isRegion() {
        return "region".equals(kind);
    }
}

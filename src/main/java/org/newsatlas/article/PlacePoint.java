package org.newsatlas.article;

/**
 * A place some articles mention, at one point (a polygon's interior point), with how many of their body passages
 * mention it: the weight of the place when the map is fitted to those articles.
 *
 * @param kind the stored kind of place: site, city, admin1, country, region, feature or continent
 */
public record PlacePoint(String gazetteerId, String kind, double lon, double lat, int passages) {

    /** A country, region or continent: its point says little about where the news is. */
    public boolean isBroad() {
        return kind.equals("country") || kind.equals("region") || kind.equals("continent");
    }
}

package org.newsatlas.gazetteer;

/**
 * One gazetteer entry.
 *
 * @param id          stable id: "gn:1142170", "country:AF", "admin1:CN.21", "curated:yellow-river", "continent:asia"
 * @param countryCode ISO 3166-1 alpha-2, or null for multi-country places (regions, continents)
 * @param admin1Key   GeoNames admin-1 key such as "AF.01", or null when unknown or not applicable
 * @param featureCode GeoNames feature code (PPLC, PPLA, ...), or a kind-like code for other sources
 * @param population  0 when unknown
 */
public record Place(String id, String name, PlaceKind kind, String countryCode, String admin1Key,
                    String featureCode, double lat, double lon, long population) {

    /** The mean Earth radius the distances use. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** GeoNames' feature code for an airport, which the gazetteer's airports (sites) carry. */
    public static final String AIRPORT_CODE = "AIRP";
    /** How the gazetteer's airports' ids begin ("airport:LHR"). */
    public static final String AIRPORT_ID_PREFIX = "airport:";

    public boolean isCapital() {
        return "PPLC".equals(featureCode) || "PPLG".equals(featureCode);
    }

    /** Great-circle distance in kilometres (haversine, mean Earth radius). */
    public double distanceKm(double otherLat, double otherLon) {
        return kilometres(haversine(otherLat, otherLon));
    }

    /**
     * The haversine of the central angle to a point: it grows with the distance, so the nearest of many places is
     * the one with the smallest, found without an arcsine per pair; {@link #kilometres} turns it into a distance.
     */
    public double haversine(double otherLat, double otherLon) {
        return haversine(otherLat, otherLon, cosLatitude(), Math.cos(Math.toRadians(otherLat)));
    }

    /**
     * {@link #haversine(double, double)} with both cosines of latitude given ({@link #cosLatitude}), for many
     * pairs among few places.
     */
    public double haversine(double otherLat, double otherLon, double cosLat, double cosOtherLat) {
        double dLat = Math.toRadians(otherLat - lat);
        double dLon = Math.toRadians(otherLon - lon);
        double sinLat = Math.sin(dLat / 2);
        double sinLon = Math.sin(dLon / 2);
        return sinLat * sinLat + cosLat * cosOtherLat * sinLon * sinLon;
    }

    public double cosLatitude() {
        return Math.cos(Math.toRadians(lat));
    }

    public double haversine(Place other) {
        return haversine(other.lat, other.lon);
    }

    /** Great-circle kilometres (mean Earth radius) of a {@link #haversine}. */
    public static double kilometres(double haversine) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(haversine)));
    }

    public double distanceKm(Place other) {
        return distanceKm(other.lat, other.lon);
    }
}

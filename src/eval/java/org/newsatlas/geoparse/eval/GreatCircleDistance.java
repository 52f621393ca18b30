package org.newsatlas.geoparse.eval;

/** Great-circle distance on a sphere of the mean Earth radius (haversine formula). */
public final class GreatCircleDistance {

    /** Mean Earth radius (IUGG), km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** The longest possible great-circle distance: half the circumference, about 20,015 km. */
    public static final double ANTIPODAL_KM = Math.PI * EARTH_RADIUS_KM;

    private GreatCircleDistance() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

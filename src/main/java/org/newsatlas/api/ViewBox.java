package org.newsatlas.api;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A map view's box in degrees, as the browser asks for it: {@code west,south,east,north}. It may reach past ±180°
 * where the map shows the world's next copy (up to two worlds across); latitudes stay within ±90°.
 */
record ViewBox(double west, double south, double east, double north) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,10})?");

    /** The box of a {@code bbox} parameter, or a bad-parameter error saying what was expected. */
    static ViewBox parse(String bbox) {
        String[] parts = bbox.split(",", -1);
        if (parts.length != 4 || Arrays.stream(parts).anyMatch(p -> !NUMBER.matcher(p.strip()).matches())) {
            throw ApiException.badParameter("bbox", "expected west,south,east,north in degrees, e.g. 60,29,75,39");
        }
        double[] n = Arrays.stream(parts).mapToDouble(p -> Double.parseDouble(p.strip())).toArray();
        if (n[0] >= n[2] || n[1] >= n[3] || n[1] < -90 || n[3] > 90 || n[0] < -540 || n[2] > 540
                || n[2] - n[0] > 720) {
            throw ApiException.badParameter("bbox", "west must be below east and south below north, latitudes within"
                    + " [-90, 90] and at most two worlds across");
        }
        return new ViewBox(n[0], n[1], n[2], n[3]);
    }

    /** A map zoom parameter checked: 0 to 18. */
    static int zoom(int zoom) {
        if (zoom < 0 || zoom > 18) {
            throw ApiException.badParameter("zoom", "expected a zoom from 0 to 18");
        }
        return zoom;
    }

    /**
     * The longitude at which a point of {@code lon} (within ±180°) shows in this box: itself or a copy a world to the
     * west or east; NaN when no copy is inside.
     */
    double shown(double lon, double lat) {
        if (lat < south || lat > north) {
            return Double.NaN;
        }
        for (double copy : new double[] {lon, lon - 360, lon + 360}) {
            if (copy >= west && copy <= east) {
                return copy;
            }
        }
        return Double.NaN;
    }
}

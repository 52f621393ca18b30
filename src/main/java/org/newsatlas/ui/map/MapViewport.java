package org.newsatlas.ui.map;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where the map looks: its centre (latitude, longitude in degrees, four decimals, about 11 m) and zoom, as a link
 * writes it ({@code at=38.02,106.08,6}). Longitudes are wrapped into [-180, 180); the zoom is one of the map's.
 */
public record MapViewport(double lat, double lng, int zoom) {

    static final int MIN_ZOOM = 2;
    static final int MAX_ZOOM = 12;

    public MapViewport {
        if (!Double.isFinite(lat) || !Double.isFinite(lng) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("not a map centre: " + lat + ", " + lng);
        }
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom " + zoom + " is outside " + MIN_ZOOM + "–" + MAX_ZOOM);
        }
        lat = round(lat);
        lng = round(((lng + 180) % 360 + 360) % 360 - 180);
    }

    /** A viewport from numbers the browser reports; empty for anything that is not one. */
    public static Optional<MapViewport> of(double lat, double lng, double zoom) {
        try {
            return Optional.of(new MapViewport(lat, lng, (int) Math.round(zoom)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "38.02,106.08,6"; empty for text that is not three numbers of a viewport. */
    public static Optional<MapViewport> parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return of(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String format() {
        return plain(lat) + "," + plain(lng) + "," + zoom;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    /** Degrees to four decimals (about 11 m), without a trailing zero or an exponent (links write them so). */
    static String plain(double degrees) {
        return BigDecimal.valueOf(Math.round(degrees * 10_000), 4).stripTrailingZeros().toPlainString();
    }
}

package org.newsatlas.api.ogc;

import java.util.List;
import java.util.regex.Pattern;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.newsatlas.api.ApiException;
import org.newsatlas.geodata.GeoJsonFeatureReader;

/**
 * The OGC API {@code bbox} parameter: "minLon,minLat,maxLon,maxLat" in WGS 84 (CRS84), or six numbers with
 * heights (ignored). A box whose west edge is east of its east edge crosses the antimeridian and becomes two.
 */
public final class BboxParameter {

    public static final String NAME = "bbox";
    /** A decimal number as JSON writes one: no hex, no "NaN", no "1d" that Java's own parser would take. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");

    private BboxParameter() {
    }

    /** No boxes when the parameter is absent. */
    public static List<ReferencedEnvelope> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        double[] n = numbers(value);
        double west = n[0];
        double south = n[1];
        double east = n.length == 4 ? n[2] : n[3];
        double north = n.length == 4 ? n[3] : n[4];
        if (south > north) {
            throw ApiException.badParameter(NAME, "the southern edge " + south + " is north of the northern edge " + north);
        }
        if (Math.abs(west) > 180 || Math.abs(east) > 180 || Math.abs(south) > 90 || Math.abs(north) > 90) {
            throw ApiException.badParameter(NAME, "longitudes must be within [-180, 180] and latitudes within [-90, 90]");
        }
        if (west <= east) {
            return List.of(box(west, east, south, north));
        }
        return List.of(box(west, 180, south, north), box(-180, east, south, north));
    }

    private static double[] numbers(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw ApiException.badParameter(NAME, "expected 4 or 6 comma-separated numbers (west,south,east,north), got "
                    + parts.length);
        }
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!NUMBER.matcher(part).matches()) {
                throw ApiException.badParameter(NAME, "'" + parts[i] + "' is not a decimal number; write the box as "
                        + "west,south,east,north in degrees, e.g. 60,29,75,39");
            }
            out[i] = Double.parseDouble(part);
            if (!Double.isFinite(out[i])) {
                throw ApiException.badParameter(NAME, "'" + parts[i] + "' is not a finite number");
            }
        }
        return out;
    }

    private static ReferencedEnvelope box(double west, double east, double south, double north) {
        return new ReferencedEnvelope(west, east, south, north, GeoJsonFeatureReader.lonLat());
    }
}

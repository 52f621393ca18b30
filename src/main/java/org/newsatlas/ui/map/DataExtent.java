package org.newsatlas.ui.map;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.article.PlacePoint;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;

/**
 * The first view of a corpus: the extent (lon/lat) of the points on the map — exercise sites, capitals and other
 * places, from the layer summaries the server keeps per corpus version — where the news is. Each point weighs its
 * passages; the points farthest from the weighted median that hold at most twice {@value #TRIM} of the passages (a
 * single mention across the world, a namesake in the wrong country) are left outside, so one odd place does not
 * zoom the map out to the world. Padded a little, and at
 * least {@value #SMALLEST} degrees across. Empty when no point is on the map (an empty corpus). The same for the
 * places of a batch of new articles ({@link #ofPlaces}).
 */
final class DataExtent {

    static final double TRIM = 0.10;
    static final double SMALLEST = 4;
    private static final List<LayerName> POINTS = List.of(LayerName.EXERCISE_SITES, LayerName.CAPITALS,
            LayerName.PLACES);

    private DataExtent() {
    }

    static Optional<Envelope> of(List<FeatureSummary> features) {
        return extent(features.stream().filter(f -> POINTS.contains(f.layer()))
                .map(f -> new Weighted(f.lon(), f.lat(), f.passageCount())).toList());
    }

    /**
     * Where these places are (a batch of new articles): cities, sites and admin-1 units weighed by their passages;
     * countries, regions and continents only when the articles name nothing finer (a country's point is somewhere
     * in its middle, not where the news is).
     */
    static Optional<Envelope> ofPlaces(List<PlacePoint> places) {
        boolean anyFine = places.stream().anyMatch(p -> !p.isBroad());
        return extent(places.stream().filter(p -> !anyFine || !p.isBroad())
                .map(p -> new Weighted(p.lon(), p.lat(), p.passages())).toList());
    }

    private static Optional<Envelope> extent(List<Weighted> all) {
        List<Weighted> points = all.stream().filter(p -> Double.isFinite(p.lat()) && Double.isFinite(p.lon()))
                .toList();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        Envelope extent = new Envelope();
        for (Weighted point : nearest(points)) {
            extent.expandToInclude(point.lon(), point.lat());
        }
        extent.expandBy(Math.max(extent.getWidth() * 0.05, (SMALLEST - extent.getWidth()) / 2),
                Math.max(extent.getHeight() * 0.05, (SMALLEST - extent.getHeight()) / 2));
        return Optional.of(new Envelope(Math.max(-180, extent.getMinX()), Math.min(180, extent.getMaxX()),
                Math.max(-85, extent.getMinY()), Math.min(85, extent.getMaxY())));
    }

    /**
     * The points nearest the weighted median that together hold {@code 1 - 2 ×} {@link #TRIM} of the weight (and
     * any as near as the last of them): strays on every side are left out, however the rest is spread. Distances
     * are degrees on an equirectangular map around the median, longitudes wrapped.
     */
    private static List<Weighted> nearest(List<Weighted> points) {
        double lon = median(points, Weighted::lon);
        double lat = median(points, Weighted::lat);
        double shrink = Math.cos(Math.toRadians(lat));
        ToDoubleFunction<Weighted> distance = p -> {
            double dLon = ((p.lon() - lon) % 360 + 540) % 360 - 180;
            return Math.hypot(dLon * shrink, p.lat() - lat);
        };
        List<Weighted> sorted = points.stream().sorted(Comparator.comparingDouble(distance)).toList();
        double total = sorted.stream().mapToDouble(Weighted::weight).sum();
        double seen = 0;
        int kept = 0;
        while (kept < sorted.size() && (seen < total * (1 - 2 * TRIM)
                || distance.applyAsDouble(sorted.get(kept)) == distance.applyAsDouble(sorted.get(kept - 1)))) {
            seen += sorted.get(kept).weight();
            kept++;
        }
        return sorted.subList(0, kept);
    }

    /** The value at half the weight, points sorted along one axis. */
    private static double median(List<Weighted> points, ToDoubleFunction<Weighted> axis) {
        List<Weighted> sorted = points.stream().sorted(Comparator.comparingDouble(axis)).toList();
        double half = sorted.stream().mapToDouble(Weighted::weight).sum() / 2;
        double seen = 0;
        for (Weighted point : sorted) {
            seen += point.weight();
            if (seen >= half) {
                return axis.applyAsDouble(point);
            }
        }
        return axis.applyAsDouble(sorted.get(sorted.size() - 1));
    }

    /** A point and its weight (passages, at least 1). */
    private record Weighted(double lon, double lat, double weight) {
        Weighted {
            weight = Math.max(1, weight);
        }
    }
}

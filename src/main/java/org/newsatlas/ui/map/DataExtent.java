package org.newsatlas.ui.map;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;

/**
 * The first view of a corpus: the extent (lon/lat) of the points on the map — exercise sites, capitals and other
 * places, from the layer summaries the server keeps per corpus version — where the news is. Each point weighs its
 * passages; a few stray points holding at most {@value #TRIM} of the passages on a side (a single mention across
 * the world) are left outside, so one odd place does not zoom the map out to the world. Padded a little, and at
 * least {@value #SMALLEST} degrees across. Empty when no point is on the map (an empty corpus).
 */
final class DataExtent {

    static final double TRIM = 0.10;
    static final double SMALLEST = 4;
    private static final List<LayerName> POINTS = List.of(LayerName.EXERCISE_SITES, LayerName.CAPITALS,
            LayerName.PLACES);

    private DataExtent() {
    }

    static Optional<Envelope> of(List<FeatureSummary> features) {
        List<FeatureSummary> points = features.stream().filter(f -> POINTS.contains(f.layer()))
                .filter(f -> Double.isFinite(f.lat()) && Double.isFinite(f.lon())).toList();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double[] lon = trimmed(points, FeatureSummary::lon);
        double[] lat = trimmed(points, FeatureSummary::lat);
        Envelope extent = new Envelope(lon[0], lon[1], lat[0], lat[1]);
        extent.expandBy(Math.max(extent.getWidth() * 0.05, (SMALLEST - extent.getWidth()) / 2),
                Math.max(extent.getHeight() * 0.05, (SMALLEST - extent.getHeight()) / 2));
        return Optional.of(new Envelope(Math.max(-180, extent.getMinX()), Math.min(180, extent.getMaxX()),
                Math.max(-85, extent.getMinY()), Math.min(85, extent.getMaxY())));
    }

    /** The lowest and highest value once the points holding the first and last {@link #TRIM} of the weight are left out. */
    private static double[] trimmed(List<FeatureSummary> points, ToDoubleFunction<FeatureSummary> axis) {
        List<FeatureSummary> sorted = points.stream().sorted(Comparator.comparingDouble(axis)).toList();
        double total = sorted.stream().mapToDouble(DataExtent::weight).sum();
        double low = axis.applyAsDouble(sorted.get(0));
        double seen = 0;
        for (FeatureSummary point : sorted) {
            seen += weight(point);
            low = axis.applyAsDouble(point);
            if (seen > total * TRIM) {
                break;
            }
        }
        double high = axis.applyAsDouble(sorted.get(sorted.size() - 1));
        seen = 0;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            seen += weight(sorted.get(i));
            high = axis.applyAsDouble(sorted.get(i));
            if (seen > total * TRIM) {
                break;
            }
        }
        return new double[] {Math.min(low, high), Math.max(low, high)};
    }

    private static double weight(FeatureSummary point) {
        return Math.max(1, point.passageCount());
    }
}

package org.newsatlas.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newsatlas.layer.FeatureSummary;

/**
 * What the map needs of a point layer too big to send whole (tens of thousands of places): the points in the view,
 * gathered on the server. A view holding at most {@code rowsUpTo} points (1,500 by default) gets them all, as rows the browser
 * clusters itself; a bigger one gets a grid of {@link #CELL_PX}-pixel cells at the view's zoom (Web Mercator, as
 * the map draws; cells closer than that merged): a cell holding one point gives its row, a cell holding more a cluster with its count, the
 * members' summed passages, the three with most passages named, the members' mean position and their bounds. The
 * selected feature is always a row, wherever it is, and counted in no cluster.
 */
final class ViewClusters {

    /** A cluster cell's side in screen pixels (the browser's own clusters gather within 40). */
    static final int CELL_PX = 64;
    private static final int NAMED = 3;

    /**
     * @param total the points in the view (the selected one too when it is inside)
     * @param rows {@code [id, name, passages, lat, lon, confidence]}, as in the window's document
     */
    record View(int total, List<List<Object>> rows, List<Cluster> clusters) {
    }

    /** A cell's points: where to draw it, what it holds, and the box to zoom to. */
    record Cluster(double lat, double lon, int count, long passages, List<String> names, double[] bounds) {
    }

    private ViewClusters() {
    }

    /**
     * @param points the layer's features in the window, points with coordinates
     * @param shown whether a point is drawn at all (places of low confidence may be hidden)
     * @param selected the selected feature's id, or null
     * @param rowsUpTo the points a view may hold and still be sent one by one
     */
    static View of(List<FeatureSummary> points, ViewBox box, int zoom, Predicate<FeatureSummary> shown,
                   String selected, int rowsUpTo) {
        List<FeatureSummary> inside = new ArrayList<>();
        List<Double> lons = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        boolean selectedInView = false;
        for (FeatureSummary point : points) {
            if (Double.isNaN(point.lat()) || !shown.test(point)) {
                continue;
            }
            double lon = box.shown(point.lon(), point.lat());
            if (point.id().equals(selected)) {
                selectedInView = !Double.isNaN(lon);
                rows.add(WindowFeatures.row(point, selectedInView ? lon : point.lon()));
            } else if (!Double.isNaN(lon)) {
                inside.add(point);
                lons.add(lon);
            }
        }
        int total = inside.size() + (selectedInView ? 1 : 0);
        if (inside.size() <= rowsUpTo) {
            for (int i = 0; i < inside.size(); i++) {
                rows.add(WindowFeatures.row(inside.get(i), lons.get(i)));
            }
            return new View(total, rows, List.of());
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Integer> members : cells(inside, lons, 256 * Math.pow(2, zoom))) {
            if (members.size() == 1) {
                int i = members.get(0);
                rows.add(WindowFeatures.row(inside.get(i), lons.get(i)));
            } else {
                clusters.add(cluster(members, inside, lons));
            }
        }
        clusters.sort(Comparator.comparingLong(Cluster::passages).reversed());
        return new View(total, rows, clusters);
    }

    /**
     * The points' indices by grid cell, then cells drawn closer than a cell's side merged into the fuller one (their
     * members' mean positions, where the clusters are drawn, may lie on either side of a cell edge): fullest first,
     * each absorbing its eight neighbours that are near enough.
     */
    private static List<List<Integer>> cells(List<FeatureSummary> points, List<Double> lons, double worldPx) {
        Map<Long, Cell> cells = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            double x = (lons.get(i) + 180) / 360 * worldPx;
            double y = mercatorY(points.get(i).lat()) * worldPx;
            long cx = (long) Math.floor(x / CELL_PX);
            long cy = (long) Math.floor(y / CELL_PX);
            cells.computeIfAbsent(key(cx, cy), k -> new Cell(cx, cy)).add(i, x, y);
        }
        List<Cell> fullestFirst = new ArrayList<>(cells.values());
        fullestFirst.sort(Comparator.comparingInt((Cell c) -> c.members.size()).reversed()
                .thenComparingLong(c -> c.cx).thenComparingLong(c -> c.cy));
        List<List<Integer>> merged = new ArrayList<>();
        for (Cell cell : fullestFirst) {
            if (cell.absorbed) {
                continue;
            }
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    Cell next = cells.get(key(cell.cx + dx, cell.cy + dy));
                    if (next != null && next != cell && !next.absorbed && cell.members.size() > 1
                            && Math.hypot(next.x() - cell.x(), next.y() - cell.y()) < CELL_PX) {
                        next.absorbed = true;
                        cell.absorb(next);
                    }
                }
            }
            merged.add(cell.members);
        }
        return merged;
    }

    private static long key(long cx, long cy) {
        return cx * 1_000_003L + cy;
    }

    /** A grid cell's points and the sums of their pixel positions. */
    private static final class Cell {
        final long cx;
        final long cy;
        final List<Integer> members = new ArrayList<>();
        double sumX;
        double sumY;
        boolean absorbed;

        Cell(long cx, long cy) {
            this.cx = cx;
            this.cy = cy;
        }

        void add(int i, double x, double y) {
            members.add(i);
            sumX += x;
            sumY += y;
        }

        void absorb(Cell other) {
            members.addAll(other.members);
            sumX += other.sumX;
            sumY += other.sumY;
        }

        double x() {
            return sumX / members.size();
        }

        double y() {
            return sumY / members.size();
        }
    }

    private static Cluster cluster(List<Integer> members, List<FeatureSummary> points, List<Double> lons) {
        double sumLat = 0;
        double sumLon = 0;
        long passages = 0;
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<FeatureSummary> top = new ArrayList<>(NAMED + 1);
        Comparator<FeatureSummary> rank = Comparator.comparingInt(FeatureSummary::passageCount).reversed()
                .thenComparing(FeatureSummary::name);
        for (int i : members) {
            FeatureSummary p = points.get(i);
            double lon = lons.get(i);
            sumLat += p.lat();
            sumLon += lon;
            passages += p.passageCount();
            bounds[0] = Math.min(bounds[0], lon);
            bounds[1] = Math.min(bounds[1], p.lat());
            bounds[2] = Math.max(bounds[2], lon);
            bounds[3] = Math.max(bounds[3], p.lat());
            if (top.size() < NAMED || rank.compare(p, top.get(top.size() - 1)) < 0) {
                top.add(p);
                top.sort(rank);
                if (top.size() > NAMED) {
                    top.remove(NAMED);
                }
            }
        }
        int n = members.size();
        return new Cluster(round(sumLat / n), round(sumLon / n), n, passages,
                top.stream().map(FeatureSummary::name).toList(),
                new double[] {round(bounds[0]), round(bounds[1]), round(bounds[2]), round(bounds[3])});
    }

    /** Web Mercator's y from 0 (north edge) to 1 (south edge), latitudes clamped to the map's ±85.05°. */
    static double mercatorY(double lat) {
        double sin = Math.sin(Math.toRadians(Math.max(-85.05113, Math.min(85.05113, lat))));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}

package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.gazetteer.Place;

/**
 * The places a document's mentions currently lead with, filed by 1° cells of latitude and longitude, to find the
 * nearest one to a point within a radius without measuring the distance to every mention of the document (that
 * made {@link SpatialCoherencePass} quadratic in the document's length). Each place is filed once however often
 * it is named; it remembers the first mention naming it and the first naming it under another surface, so the
 * nearest place "named by another surface" is the one a scan of all mentions in order would pick, ties going
 * to the earlier mention.
 */
final class LeaderGrid {

    private static final double CELL_DEGREES = 1.0;
    private static final int ROWS = (int) (180 / CELL_DEGREES);
    private static final int COLUMNS = (int) (360 / CELL_DEGREES);

    /** One distinct place: its first mention (index, surface) and the first mention under another surface. */
    private static final class Entry {
        final Place place;
        final double cosLatitude;
        final int firstSurface;
        final int firstMention;
        int firstOtherMention = -1;

        Entry(Place place, int surface, int mention) {
            this.place = place;
            this.cosLatitude = place.cosLatitude();
            this.firstSurface = surface;
            this.firstMention = mention;
        }

        /** The first mention naming this place under a surface other than {@code self}, or -1. */
        int firstMentionNotBy(int self) {
            return self != firstSurface ? firstMention : firstOtherMention;
        }
    }

    /** The nearest place found, with its haversine from the point. */
    record Nearest(Place place, double haversine) {
    }

    private final Map<Integer, List<Entry>> cells = new HashMap<>();
    private final Map<Place, Entry> entries = new LinkedHashMap<>();
    private final double radiusRadians;

    /** @param radiusKm no place farther than this from a point is ever reported as its nearest */
    LeaderGrid(double radiusKm) {
        this.radiusRadians = radiusKm / Place.EARTH_RADIUS_KM;
    }

    /** Files the leading place of the mention with index {@code mention} (mentions in order) and surface number. */
    void add(Place place, int surface, int mention) {
        Entry entry = entries.get(place);
        if (entry == null) {
            entry = new Entry(place, surface, mention);
            entries.put(place, entry);
            cells.computeIfAbsent(cell(row(place.lat()), column(place.lon())), k -> new ArrayList<>()).add(entry);
        } else if (entry.firstOtherMention < 0 && surface != entry.firstSurface) {
            entry.firstOtherMention = mention;
        }
    }

    /**
     * The place nearest to {@code point} that a mention with a surface other than {@code self} leads with, if one
     * lies within the radius (farther ones may or may not be reported); ties go to the place named first. Cells are
     * searched in rings outwards from the point's own and the search stops at the first ring that cannot hold
     * anything as near as the best found, so a dense region costs a few cells, not every cell within the radius.
     */
    Nearest nearest(Place point, int self) {
        double reach = Math.toDegrees(radiusRadians);
        double south = point.lat() - reach;
        double north = point.lat() + reach;
        int row0 = row(point.lat());
        int column0 = column(point.lon());
        int rowMin = row(Math.max(-90, south));
        int rowMax = row(Math.min(90, north));
        int left = COLUMNS / 2;
        int right = COLUMNS - 1 - left;
        double sine = Math.sin(radiusRadians) / point.cosLatitude();
        if (south > -90 && north < 90 && sine < 1) {
            double halfWidth = Math.toDegrees(Math.asin(sine)) + 0.01;
            int l = column0 - column(point.lon() - halfWidth);
            int r = column(point.lon() + halfWidth) - column0;
            if (l + r + 1 < COLUMNS) {
                left = l;
                right = r;
            }
        }
        // every place in the rows searched lies at most this far from the equator
        double cosMax = Math.cos(Math.toRadians(Math.min(90, Math.max(Math.abs(rowMin * CELL_DEGREES - 90),
                Math.abs((rowMax + 1) * CELL_DEGREES - 90)))));
        Search search = new Search(point, self);
        int rings = Math.max(Math.max(row0 - rowMin, rowMax - row0), Math.max(left, right));
        for (int k = 0; k <= rings; k++) {
            if (k >= 2 && search.best != null && lowerBound(k, cosMax) > search.bestHaversine) {
                break;
            }
            for (int dr = -k; dr <= k; dr++) {
                int row = row0 + dr;
                if (row < rowMin || row > rowMax) {
                    continue;
                }
                int step = Math.abs(dr) == k ? 1 : 2 * k;
                for (int dc = -k; dc <= k; dc += step) {
                    if (dc >= -left && dc <= right) {
                        search.scan(cells.get(cell(row, column0 + dc)));
                    }
                }
            }
        }
        return search.best == null ? null : new Nearest(search.best.place, search.bestHaversine);
    }

    /**
     * No place in ring {@code k} (k cells away in latitude or longitude) has a haversine below this: it is at least
     * k − 1 cells away in one direction, and a degree of longitude is shortest at the highest latitude searched.
     * Lowered a little more so that rounding never cuts off an equally near place named earlier.
     */
    private static double lowerBound(int k, double cosMax) {
        double sine = Math.sin(Math.toRadians((k - 1) * CELL_DEGREES) / 2);
        return cosMax * cosMax * sine * sine * (1 - 1e-9);
    }

    /** The best place so far of one search. */
    private static final class Search {
        final Place point;
        final double cosLatitude;
        final int self;
        Entry best;
        double bestHaversine = Double.MAX_VALUE;
        int bestMention = Integer.MAX_VALUE;

        Search(Place point, int self) {
            this.point = point;
            this.cosLatitude = point.cosLatitude();
            this.self = self;
        }

        void scan(List<Entry> cell) {
            if (cell == null) {
                return;
            }
            for (Entry e : cell) {
                int mention = e.firstMentionNotBy(self);
                if (mention < 0) {
                    continue;
                }
                double h = point.haversine(e.place.lat(), e.place.lon(), cosLatitude, e.cosLatitude);
                if (h < bestHaversine || h == bestHaversine && mention < bestMention) {
                    best = e;
                    bestHaversine = h;
                    bestMention = mention;
                }
            }
        }
    }

    private static int row(double lat) {
        return Math.min(ROWS - 1, (int) Math.floor((lat + 90) / CELL_DEGREES));
    }

    /** The column of a longitude, wrapped into [0, COLUMNS) only by the caller (a range may cross 180°). */
    private static int column(double lon) {
        return (int) Math.floor((lon + 180) / CELL_DEGREES);
    }

    private static int cell(int row, int column) {
        return row * COLUMNS + Math.floorMod(column, COLUMNS);
    }
}

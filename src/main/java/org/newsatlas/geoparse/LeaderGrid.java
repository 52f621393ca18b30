package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.gazetteer.Place;

/**
 * The places a document's mentions currently lead with, filed by 2° cells of latitude and longitude, to find the
 * nearest one to a point within a radius without measuring the distance to every mention of the document (that
 * made {@link SpatialCoherencePass} quadratic in the document's length). Each place is filed once however often
 * it is named; it remembers the first mention naming it and the first naming it under another surface, so the
 * nearest place "named by another surface" is the one a scan of all mentions in order would pick, ties going
 * to the earlier mention.
 */
final class LeaderGrid {

    private static final double CELL_DEGREES = 2.0;
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
     * lies within the radius (farther ones may or may not be reported); ties go to the place named first.
     */
    Nearest nearest(Place point, int self) {
        double cosLatitude = point.cosLatitude();
        double reach = Math.toDegrees(radiusRadians);
        double south = point.lat() - reach;
        double north = point.lat() + reach;
        Entry best = null;
        double bestHaversine = Double.MAX_VALUE;
        int bestMention = Integer.MAX_VALUE;
        int firstColumn = 0;
        int columns = COLUMNS;
        if (south > -90 && north < 90) {
            double sine = Math.sin(radiusRadians) / cosLatitude;
            if (sine < 1) {
                double halfWidth = Math.toDegrees(Math.asin(sine)) + 0.01;
                firstColumn = column(point.lon() - halfWidth);
                columns = Math.min(COLUMNS, column(point.lon() + halfWidth) - firstColumn + 1);
            }
        }
        for (int row = row(Math.max(-90, south)); row <= row(Math.min(90, north)); row++) {
            for (int c = 0; c < columns; c++) {
                List<Entry> cell = cells.get(cell(row, Math.floorMod(firstColumn + c, COLUMNS)));
                if (cell == null) {
                    continue;
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
        return best == null ? null : new Nearest(best.place, bestHaversine);
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

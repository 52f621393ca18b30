package org.newsatlas.basemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The base map's names, from the shipped gazetteer (no tile server): countries at the opening zooms, then cities
 * and towns by population, more the closer one looks — at zoom 3 the cities of five million and the capitals, at
 * zoom 10 every town of the GeoNames cities-500 list in view. Labels never collide: the largest place of each
 * area is named first and a smaller one only where its label keeps clear of every label already placed (boxes in
 * the map's pixels at that zoom, as long as the name). At most {@value #MOST} per view.
 */
@Service
public class PlaceLabels {

    /** Labels in one answer: a full screen of names, no more. */
    static final int MOST = 120;
    /** The zooms where country names are shown (beyond, a screen is inside one or two countries). */
    static final int LAST_COUNTRY_ZOOM = 6;
    /** Height of a label's box, and the pixels per character of its width, for the collision test. */
    private static final double LINE_PX = 18;
    private static final double CHAR_PX = 7;

    /** One name on the base map. */
    public record Label(String name, double lat, double lon, Kind kind) {
    }

    public enum Kind { COUNTRY, CAPITAL, CITY }

    /** Countries, then cities and towns, each by population, largest first. */
    private final List<Place> countries;
    private final List<Place> capitals;
    private final List<Place> cities;

    @Autowired
    public PlaceLabels(Gazetteer gazetteer) {
        this(gazetteer.places().toList());
    }

    PlaceLabels(List<Place> places) {
        Comparator<Place> largestFirst = Comparator.comparingLong(Place::population).reversed()
                .thenComparing(Place::id);
        this.countries = places.stream().filter(p -> p.kind() == PlaceKind.COUNTRY).sorted(largestFirst).toList();
        this.cities = places.stream().filter(p -> p.kind() == PlaceKind.CITY).sorted(largestFirst).toList();
        this.capitals = cities.stream().filter(Place::isCapital).toList();
    }

    /** The smallest population a city needs to be named at this zoom (capitals are named from zoom 3 on). */
    static long smallestCity(int zoom) {
        return switch (Math.max(0, zoom)) {
            case 0, 1, 2 -> 10_000_000;
            case 3 -> 5_000_000;
            case 4 -> 1_000_000;
            case 5 -> 300_000;
            case 6 -> 100_000;
            case 7 -> 30_000;
            case 8 -> 10_000;
            case 9 -> 3_000;
            default -> 0;
        };
    }

    /** The smallest population a country needs to be named at this zoom. */
    static long smallestCountry(int zoom) {
        return zoom <= 2 ? 20_000_000 : zoom == 3 ? 2_000_000 : 0;
    }

    /**
     * The labels inside the box (degrees; {@code east} may exceed 180 and {@code west} be below -180 where the map
     * shows the world's next copy: the labels then carry that copy's longitudes) at this zoom, without collisions.
     */
    public List<Label> in(double west, double south, double east, double north, int zoom) {
        Picked picked = new Picked();
        if (zoom <= LAST_COUNTRY_ZOOM) {
            pick(countries, Kind.COUNTRY, smallestCountry(zoom), west, south, east, north, zoom, picked);
        }
        if (zoom >= 3) {
            pick(capitals, Kind.CAPITAL, 0, west, south, east, north, zoom, picked);
        }
        pick(cities, Kind.CITY, smallestCity(zoom), west, south, east, north, zoom, picked);
        return picked.labels;
    }

    /** The labels placed so far, their boxes and places. */
    private static final class Picked {
        final List<Label> labels = new ArrayList<>();
        final List<double[]> boxes = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
    }

    private static void pick(List<Place> candidates, Kind kind, long smallest, double west, double south,
                             double east, double north, int zoom, Picked picked) {
        for (Place place : candidates) {
            if (picked.labels.size() >= MOST || place.population() < smallest) {
                return;
            }
            if (place.lat() < south || place.lat() > north || Double.isNaN(place.lon())) {
                continue;
            }
            double lon = place.lon();
            if (east - west < 360) {
                while (lon < west) {
                    lon += 360;
                }
                while (lon - 360 >= west) {
                    lon -= 360;
                }
                if (lon > east) {
                    continue;
                }
            }
            if (picked.ids.contains(place.id())) {
                continue; // a capital already placed as a capital
            }
            double[] box = box(place.name(), place.lat(), lon, zoom, kind);
            if (picked.boxes.stream().noneMatch(b -> b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) {
                picked.boxes.add(box);
                picked.ids.add(place.id());
                picked.labels.add(new Label(place.name(), place.lat(), lon, kind));
            }
        }
    }

    /** The label's box in world pixels at the zoom (Web Mercator), centred on the place, a little margin around. */
    private static double[] box(String name, double lat, double lon, int zoom, Kind kind) {
        double scale = 256 * Math.pow(2, zoom);
        double x = (lon + 180) / 360 * scale;
        double sin = Math.sin(Math.toRadians(Math.max(-85, Math.min(85, lat))));
        double y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
        double width = name.length() * CHAR_PX * (kind == Kind.COUNTRY ? 1.45 : kind == Kind.CAPITAL ? 1.1 : 1) + 12;
        double height = LINE_PX + 6;
        return new double[] {x - width / 2, y - height / 2, x + width / 2, y + height / 2};
    }
}

package org.newsatlas.geodata;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.feature.FeatureIterator;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The curated exercises of geodata/exercises.geojson. An exercise whose site is unknown has a null geometry
 * in the file and {@code site_location = host_country}: it is placed at its host country's representative point.
 */
public final class ExerciseCatalog {

    public static final String FILE = "exercises.geojson";

    private final List<Exercise> exercises;
    private final String version;
    private final Map<String, Exercise> byId = new HashMap<>();

    public ExerciseCatalog(List<Exercise> exercises, String version) {
        this.exercises = List.copyOf(exercises);
        this.version = version;
        exercises.forEach(e -> byId.put(e.id(), e));
    }

    public static ExerciseCatalog load(Geodata geodata, CountryShapes countries) throws IOException {
        GeoJsonFeatureReader.Document file = geodata.document(FILE, "exercises");
        String version = file.members().getOrDefault("version", "") + " (" + file.members().getOrDefault("updated", "")
                + ")";
        Map<String, CountryNameRow> names = new HashMap<>();
        geodata.countryNames().forEach(row -> names.put(row.isoA2(), row));
        List<Exercise> list = new java.util.ArrayList<>();
        try (FeatureIterator<SimpleFeature> it = file.features().features()) {
            while (it.hasNext()) {
                list.add(exercise(it.next(), countries, names));
            }
        }
        return new ExerciseCatalog(list, version);
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public Optional<Exercise> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public String version() {
        return version;
    }

    private static Exercise exercise(SimpleFeature f, CountryShapes countries, Map<String, CountryNameRow> names)
            throws IOException {
        String host = text(f, "host_country");
        Point site = (Point) f.getDefaultGeometry();
        if (site == null) {
            Geometry shape = countries.shape(host)
                    .orElseThrow(() -> new IOException("exercise " + f.getID() + ": unknown host country " + host));
            site = hostPoint(shape, names.get(host));
        }
        return new Exercise(f.getID(), text(f, "name"), list(f, "aliases"), text(f, "series"), text(f, "start"),
                text(f, "end"), text(f, "site_name"), text(f, "site_location"), host, list(f, "participants"),
                site, text(f, "sources"));
    }

    /**
     * Where an exercise known only by its host country is drawn: GeoNames' representative point of the country (as
     * the countries layer uses) when it lies in the country's outline, else an interior point of the outline's
     * largest part once split at the antimeridian (the interior point of Russia's unsplit outline, which runs
     * from 180° to -180°, fell on Baffin Island).
     */
    private static Point hostPoint(Geometry shape, CountryNameRow names) {
        if (names != null && names.hasPoint()) {
            Point point = shape.getFactory().createPoint(new Coordinate(names.longitude(), names.latitude()));
            if (shape.covers(point)) {
                return point;
            }
        }
        Geometry split = AntimeridianSplit.apply(shape);
        Geometry largest = split;
        for (int i = 0; i < split.getNumGeometries(); i++) {
            if (split.getGeometryN(i).getArea() > largest.getArea() || largest == split) {
                largest = split.getGeometryN(i);
            }
        }
        return shape.getFactory().createPoint(InteriorPointArea.getInteriorPoint(largest));
    }

    private static String text(SimpleFeature f, String name) {
        Object value = f.getAttribute(name);
        return value == null ? null : value.toString();
    }

    /** A JSON array of strings, read as a list by {@link GeoJsonFeatureReader}. */
    private static List<String> list(SimpleFeature f, String name) {
        Object value = f.getAttribute(name);
        return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
    }
}

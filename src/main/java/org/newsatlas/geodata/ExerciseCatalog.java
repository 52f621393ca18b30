package org.newsatlas.geodata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureIterator;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The curated exercises of geodata/exercises.geojson. An exercise whose site is unknown has a null geometry
 * in the file and {@code site_location = host_country}: it is placed at an interior point of its host country.
 */
public final class ExerciseCatalog {

    public static final String FILE = "exercises.geojson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Exercise> exercises;
    private final String version;
    private final Map<String, Exercise> byId = new HashMap<>();

    public ExerciseCatalog(List<Exercise> exercises, String version) {
        this.exercises = List.copyOf(exercises);
        this.version = version;
        exercises.forEach(e -> byId.put(e.id(), e));
    }

    public static ExerciseCatalog load(Geodata geodata, CountryShapes countries) throws IOException {
        String version;
        try (InputStream in = geodata.open(FILE)) {
            JsonNode root = JSON.readTree(in);
            version = root.path("version").asText() + " (" + root.path("updated").asText() + ")";
        }
        SimpleFeatureCollection features = geodata.features(FILE, "exercises");
        List<Exercise> list = new java.util.ArrayList<>();
        try (FeatureIterator<SimpleFeature> it = features.features()) {
            while (it.hasNext()) {
                list.add(exercise(it.next(), countries));
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

    private static Exercise exercise(SimpleFeature f, CountryShapes countries) throws IOException {
        String host = text(f, "host_country");
        Point site = (Point) f.getDefaultGeometry();
        if (site == null) {
            Geometry shape = countries.shape(host)
                    .orElseThrow(() -> new IOException("exercise " + f.getID() + ": unknown host country " + host));
            site = shape.getFactory().createPoint(InteriorPointArea.getInteriorPoint(shape));
        }
        return new Exercise(f.getID(), text(f, "name"), list(f, "aliases"), text(f, "series"), text(f, "start"),
                text(f, "end"), text(f, "site_name"), text(f, "site_location"), host, list(f, "participants"),
                site, text(f, "sources"));
    }

    private static String text(SimpleFeature f, String name) {
        Object value = f.getAttribute(name);
        return value == null ? null : value.toString();
    }

    private static List<String> list(SimpleFeature f, String name) throws IOException {
        String json = text(f, name);
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
    }
}

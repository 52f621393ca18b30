package org.newsatlas.layer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureIterator;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.newsatlas.article.PlaceClasses;
import org.newsatlas.geodata.AntimeridianSplit;
import org.newsatlas.geodata.CountryShapes;
import org.newsatlas.geodata.Exercise;
import org.newsatlas.geodata.ExerciseCatalog;
import org.newsatlas.geodata.GeoJsonFeatureReader;
import org.newsatlas.geodata.Geodata;
import org.springframework.stereotype.Component;

/** The declared feature types of the layers and their features before linking: geodata files and stored places. */
@Component
public class LayerSources implements PlaceClasses {

    /** The attributes that are numbers; every other one is text. */
    private static final Map<String, Class<?>> NUMBERS = Map.of("population", Long.class, "length_km", Double.class);

    private final Map<LayerName, SimpleFeatureType> types = new LinkedHashMap<>();
    private final Map<LayerName, List<BaseFeature>> fixed = new LinkedHashMap<>();
    private final Set<String> capitalKeys = new HashSet<>();

    public LayerSources(Geodata geodata, ExerciseCatalog exercises, CountryShapes countries) {
        try {
            types.put(LayerName.EXERCISE_SITES, type(LayerName.EXERCISE_SITES, Point.class, "name", "aliases",
                    "series", "start", "end", "site_name", "site_location", "host_country", "participants", "sources"));
            types.put(LayerName.CAPITALS, type(LayerName.CAPITALS, Point.class, "name", "iso_a2", "role", "population"));
            types.put(LayerName.BORDERS, type(LayerName.BORDERS, Geometry.class, "name", "a", "b", "length_km"));
            types.put(LayerName.COUNTRIES, type(LayerName.COUNTRIES, Geometry.class, "name", "iso_a2"));
            types.put(LayerName.PLACES, type(LayerName.PLACES, Geometry.class, "name", "kind", "country_code"));
            fixed.put(LayerName.EXERCISE_SITES, exercises.exercises().stream().map(LayerSources::exercise).toList());
            fixed.put(LayerName.CAPITALS, read(geodata.capitals(), f -> "gn:" + f.getAttribute("geonameid"),
                    f -> "gn:" + f.getAttribute("geonameid"), "name", "iso_a2", "role", "population"));
            fixed.put(LayerName.BORDERS, read(geodata.borders(), SimpleFeature::getID, SimpleFeature::getID,
                    "name", "a", "b", "length_km"));
            fixed.put(LayerName.COUNTRIES, read(countries.features(), f -> (String) f.getAttribute("code"),
                    f -> "country:" + f.getAttribute("code"), "name", "iso_a2").stream()
                    .map(c -> c.withGeometry(AntimeridianSplit.apply(c.geometry()))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("geodata cannot be read", e);
        }
        fixed.get(LayerName.CAPITALS).forEach(c -> capitalKeys.add(c.linkKey()));
    }

    @Override
    public boolean isCapital(String gazetteerId) {
        return capitalKeys.contains(gazetteerId);
    }

    @Override
    public String fingerprint() {
        return "capitals:" + Integer.toHexString(capitalKeys.hashCode()) + "/"
                + capitalKeys.size();
    }

    public SimpleFeatureType type(LayerName layer) {
        return types.get(layer);
    }

    /** The layer's features from geodata; for {@code places}, the stored places that are not countries or capitals. */
    public List<BaseFeature> features(LayerName layer, List<StoredPlace> stored) {
        if (layer != LayerName.PLACES) {
            return fixed.get(layer);
        }
        return stored.stream()
                .filter(p -> !p.gazetteerId().startsWith("country:") && !capitalKeys.contains(p.gazetteerId()))
                .map(p -> new BaseFeature(p.gazetteerId(), p.gazetteerId(), p.geometry(),
                        attributes("name", p.name(), "kind", p.kind(), "country_code", p.countryCode()), null))
                .toList();
    }

    private static BaseFeature exercise(Exercise e) {
        List<java.time.YearMonth> months = new ArrayList<>();
        MonthWindow window = MonthWindow.covering(e.firstDay(), e.lastDay());
        for (var m = window.from(); !m.isAfter(window.to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return new BaseFeature(e.id(), e.id(), e.site(), attributes("name", e.name(),
                "aliases", String.join(" | ", e.aliases()), "series", e.series(), "start", e.start(), "end", e.end(),
                "site_name", e.siteName(), "site_location", e.siteLocation(), "host_country", e.hostCountry(),
                "participants", String.join(",", e.participants()), "sources", e.sources()), months);
    }

    private static List<BaseFeature> read(SimpleFeatureCollection source,
            java.util.function.Function<SimpleFeature, String> id,
            java.util.function.Function<SimpleFeature, String> linkKey, String... names) {
        List<BaseFeature> out = new ArrayList<>();
        try (FeatureIterator<SimpleFeature> it = source.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                Map<String, Object> values = new LinkedHashMap<>();
                for (String n : names) {
                    values.put(n, value(f.getAttribute(n), NUMBERS.getOrDefault(n, String.class)));
                }
                out.add(new BaseFeature(id.apply(f), linkKey.apply(f), (Geometry) f.getDefaultGeometry(), values, null));
            }
        }
        return out;
    }

    /** The source's value in the declared binding: a number as a Long or Double, anything else as its text. */
    private static Object value(Object v, Class<?> binding) {
        if (v == null) {
            return null;
        }
        if (binding == Long.class) {
            return ((Number) v).longValue();
        }
        return binding == Double.class ? (Object) ((Number) v).doubleValue() : v.toString();
    }

    private static Map<String, Object> attributes(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Numbers ({@link #NUMBERS}) stay numbers, the rest is text: GeoJSON and CSV write them as they are typed. */
    private static SimpleFeatureType type(LayerName layer, Class<? extends Geometry> geometry, String... names) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName(layer.id());
        b.setCRS(GeoJsonFeatureReader.lonLat());
        b.add(GeoJsonFeatureReader.GEOMETRY_ATTRIBUTE, geometry);
        b.setDefaultGeometry(GeoJsonFeatureReader.GEOMETRY_ATTRIBUTE);
        for (String n : names) {
            b.add(n, NUMBERS.getOrDefault(n, String.class));
        }
        return b.buildFeatureType();
    }
}

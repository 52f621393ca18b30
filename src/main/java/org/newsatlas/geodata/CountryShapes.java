package org.newsatlas.geodata;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureIterator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/** Country polygons of geodata/countries.geojson by {@code code} (ISO alpha-2 where there is one). */
public final class CountryShapes {

    private final SimpleFeatureCollection features;
    private final Map<String, Geometry> byCode = new HashMap<>();
    /** Shapes checked (and repaired when invalid) once each: several exercises share a host country. */
    private final Map<String, Geometry> checked = new ConcurrentHashMap<>();

    public CountryShapes(SimpleFeatureCollection features) {
        this.features = features;
        try (FeatureIterator<SimpleFeature> it = features.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                byCode.put((String) f.getAttribute("code"), (Geometry) f.getDefaultGeometry());
            }
        }
    }

    public static CountryShapes load(Geodata geodata) throws IOException {
        return new CountryShapes(geodata.countries());
    }

    /** The country's polygon, repaired if rounding made it invalid. */
    public Optional<Geometry> shape(String code) {
        Geometry g = byCode.get(code);
        return g == null ? Optional.empty()
                : Optional.of(checked.computeIfAbsent(code, c -> g.isValid() ? g : GeometryFixer.fix(g)));
    }

    public SimpleFeatureCollection features() {
        return features;
    }
}

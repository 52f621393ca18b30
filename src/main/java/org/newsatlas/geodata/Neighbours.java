package org.newsatlas.geodata;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureIterator;

/** Which countries share a land border (geodata/borders.geojson); a border's id is its two codes sorted: "CN-RU". */
public final class Neighbours {

    private final Set<String> borderIds;

    public Neighbours(Set<String> borderIds) {
        this.borderIds = Set.copyOf(borderIds);
    }

    public static Neighbours of(SimpleFeatureCollection borders) {
        Set<String> ids = new HashSet<>();
        try (FeatureIterator<SimpleFeature> it = borders.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                ids.add(borderId((String) f.getAttribute("a"), (String) f.getAttribute("b")));
            }
        }
        return new Neighbours(ids);
    }

    public static Neighbours load(Geodata geodata) throws IOException {
        return of(geodata.borders());
    }

    public static String borderId(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    public boolean areNeighbours(String a, String b) {
        return a != null && b != null && !a.equals(b) && borderIds.contains(borderId(a, b));
    }
}

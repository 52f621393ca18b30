package org.newsatlas.geodata;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureIterator;

/**
 * Member countries of the multi-country regions of geodata/curated.geojson ({@code kind = region},
 * {@code member_layer = countries}), keyed by the gazetteer's place id for the region ("curated:central-asia").
 */
public final class RegionMembers {

    private final Map<String, List<String>> membersByPlaceId;

    public RegionMembers(Map<String, List<String>> membersByPlaceId) {
        this.membersByPlaceId = Map.copyOf(membersByPlaceId);
    }

    public static RegionMembers of(SimpleFeatureCollection curated) {
        Map<String, List<String>> members = new HashMap<>();
        try (FeatureIterator<SimpleFeature> it = curated.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                if ("region".equals(f.getAttribute("kind")) && "countries".equals(f.getAttribute("member_layer"))) {
                    members.put(placeId((String) f.getAttribute("name")),
                            Arrays.asList(((String) f.getAttribute("members")).split(",")));
                }
            }
        }
        return new RegionMembers(members);
    }

    public static RegionMembers load(Geodata geodata) throws IOException {
        return of(geodata.curated());
    }

    /** The id the gazetteer gives a curated place: "curated:" + its name lowercased, non-alphanumerics as '-'. */
    public static String placeId(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return "curated:" + slug;
    }

    public List<String> members(String placeId) {
        return membersByPlaceId.getOrDefault(placeId, List.of());
    }
}

package org.newsatlas.layer;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The offline base map: static GeoJSON files derived from Natural Earth (see geodata/README.md), drawn
 * bottom to top. They are served as cacheable static resources under {@link #URL_PREFIX}.
 */
@Service
public class BaseMap {

    public static final String URL_PREFIX = "/basemap/";
    public static final String CLASSPATH_LOCATION = "classpath:/geodata/basemap/";

    private static final List<BaseMapLayer> LAYERS = List.of(
            layer("land", "Land", BaseMapLayer.Kind.LAND, "land.geojson"),
            layer("lakes", "Lakes", BaseMapLayer.Kind.LAKE, "lakes.geojson"),
            layer("rivers", "Rivers", BaseMapLayer.Kind.RIVER, "rivers.geojson"),
            layer("borders", "Country borders", BaseMapLayer.Kind.OUTLINE, "country-borders.geojson"));

    public List<BaseMapLayer> layers() {
        return LAYERS;
    }

    private static BaseMapLayer layer(String id, String label, BaseMapLayer.Kind kind, String file) {
        return new BaseMapLayer(id, label, kind, URL_PREFIX + file);
    }
}

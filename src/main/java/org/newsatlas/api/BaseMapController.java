package org.newsatlas.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.newsatlas.api.ogc.OgcDocuments;
import org.newsatlas.basemap.BaseMap;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The base map's overview for the opening zooms ({@link BaseMap#overview}): GeoJSON features without properties,
 * like the static files. The URL the map uses carries the overview's version, so a response can be cached for good.
 */
@RestController
public class BaseMapController {

    private final BaseMap baseMap;
    private final VersionedGeoJson responses;

    public BaseMapController(BaseMap baseMap, VersionedGeoJson responses) {
        this.baseMap = baseMap;
        this.responses = responses;
    }

    @GetMapping(BaseMap.OVERVIEW_URL_PREFIX + "{layerId}")
    public ResponseEntity<byte[]> overview(@PathVariable String layerId, @RequestParam(required = false) String v) {
        BaseMap.Overview overview = baseMap.overview(layerId).orElseThrow(() ->
                ApiException.notFound("Unknown base-map layer '" + layerId + "'"));
        return responses.response("basemap/" + layerId, overview.version(), v, () -> overview.geometries().stream()
                .map(g -> OgcDocuments.map("type", "Feature", "properties", Map.of(),
                        "geometry", GeoJsonGeometries.toMap(g))).toList());
    }
}

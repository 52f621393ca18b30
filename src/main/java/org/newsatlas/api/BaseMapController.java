package org.newsatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BaseMap baseMap;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

    public BaseMapController(BaseMap baseMap) {
        this.baseMap = baseMap;
    }

    @GetMapping(BaseMap.OVERVIEW_URL_PREFIX + "{layerId}")
    public ResponseEntity<byte[]> overview(@PathVariable String layerId, @RequestParam(required = false) String v) {
        BaseMap.Overview overview = baseMap.overview(layerId).orElseThrow(() ->
                ApiException.notFound("Unknown base-map layer '" + layerId + "'"));
        String version = overview.version();
        CacheControl cache = version.equals(v)
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noCache();
        return ResponseEntity.ok().contentType(StaticGeodataConfig.GEO_JSON).cacheControl(cache)
                .eTag("W/\"" + version + '"') // weak: Tomcat does not compress responses with a strong one
                .body(bodies.computeIfAbsent(layerId, id -> geoJson(overview.geometries())));
    }

    private static byte[] geoJson(List<Geometry> geometries) {
        List<Object> features = geometries.stream().map(g -> (Object) OgcDocuments.map(
                "type", "Feature", "properties", Map.of(), "geometry", GeoJsonGeometries.toMap(g))).toList();
        try {
            return JSON.writeValueAsBytes(OgcDocuments.map("type", "FeatureCollection", "features", features));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the base-map overview", e);
        }
    }
}

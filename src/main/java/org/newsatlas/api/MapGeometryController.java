package org.newsatlas.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsatlas.api.ogc.OgcController;
import org.newsatlas.api.ogc.OgcDocuments;
import org.newsatlas.basemap.BaseMap;
import org.newsatlas.basemap.LayerShapes;
import org.newsatlas.basemap.PlaceLabels;
import org.newsatlas.layer.LayerName;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The geometry the map draws beside its markers, as GeoJSON features: the base map's overview for the opening zooms
 * ({@link BaseMap#overview}, features without properties, like the static files) and the simplified outlines of the
 * borders and countries layers ({@link LayerShapes}, features with ids and no properties). The URLs the map uses
 * carry the geometry's version, so a response can be cached for good ({@link VersionedGeoJson}).
 */
@RestController
public class MapGeometryController {

    /** The base map's names for a view: {@code ?bbox=west,south,east,north&zoom=Z}. */
    public static final String LABELS_URL = "/api/basemap-labels";

    private final BaseMap baseMap;
    private final LayerShapes shapes;
    private final VersionedGeoJson responses;
    private final PlaceLabels labels;

    public MapGeometryController(BaseMap baseMap, LayerShapes shapes, VersionedGeoJson responses,
                                 PlaceLabels labels) {
        this.baseMap = baseMap;
        this.shapes = shapes;
        this.responses = responses;
        this.labels = labels;
    }

    /**
     * The names the base map shows in a view ({@link PlaceLabels}): countries, capitals, cities and towns, none
     * overlapping at that zoom. The box may reach past ±180° where the map shows the world's next copy (up to two
     * worlds across). Cached for a day: the names come from the shipped gazetteer.
     */
    @GetMapping(LABELS_URL)
    public ResponseEntity<List<Map<String, Object>>> labels(@RequestParam String bbox, @RequestParam int zoom) {
        ViewBox box = ViewBox.parse(bbox);
        ViewBox.zoom(zoom);
        List<Map<String, Object>> body = labels.in(box.west(), box.south(), box.east(), box.north(), zoom).stream()
                .map(l -> OgcDocuments.map("name", l.name(), "lat", l.lat(), "lon", l.lon(),
                        "kind", l.kind().name().toLowerCase(Locale.ROOT)))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(body);
    }

    @GetMapping(BaseMap.OVERVIEW_URL_PREFIX + "{layerId}")
    public ResponseEntity<byte[]> overview(@PathVariable String layerId, @RequestParam(required = false) String v) {
        BaseMap.Overview overview = baseMap.overview(layerId).orElseThrow(() ->
                ApiException.notFound("Unknown base-map layer '" + layerId + "'"));
        return responses.response("basemap/" + layerId, overview.version(), v, () -> overview.geometries().stream()
                .map(g -> OgcDocuments.map("type", "Feature", "properties", Map.of(),
                        "geometry", GeoJsonGeometries.toMap(g))).toList());
    }

    @GetMapping(LayerShapes.URL_PREFIX + "{collectionId}")
    public ResponseEntity<byte[]> shapes(@PathVariable String collectionId, @RequestParam(required = false) String v) {
        LayerName name = OgcController.layer(collectionId);
        LayerShapes.Shapes layer = shapes.of(name).orElseThrow(() ->
                ApiException.notFound("Collection '" + collectionId + "' has no shapes: its features are points"));
        return responses.response("shapes/" + name.id(), layer.version(), v, () -> layer.byId().entrySet().stream()
                .map(e -> OgcDocuments.map("type", "Feature", "id", e.getKey(),
                        "geometry", GeoJsonGeometries.toMap(e.getValue()))).toList());
    }
}

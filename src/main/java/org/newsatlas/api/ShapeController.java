package org.newsatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsatlas.api.ogc.OgcController;
import org.newsatlas.api.ogc.OgcDocuments;
import org.newsatlas.layer.LayerName;
import org.newsatlas.basemap.LayerShapes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simplified outlines of the borders and countries layers ({@link LayerShapes}), GeoJSON features with ids
 * and no properties. The URL the map uses carries the shapes' version, so a response can be cached for good.
 */
@RestController
public class ShapeController {

    private final LayerShapes shapes;
    private final VersionedGeoJson responses;

    public ShapeController(LayerShapes shapes, VersionedGeoJson responses) {
        this.shapes = shapes;
        this.responses = responses;
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

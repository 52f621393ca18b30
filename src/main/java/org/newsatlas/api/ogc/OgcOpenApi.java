package org.newsatlas.api.ogc;

import static org.newsatlas.api.ogc.OgcDocuments.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal OpenAPI 3.0 definition of the /ogc endpoints (the landing page's service-desc). */
final class OgcOpenApi {

    private OgcOpenApi() {
    }

    static Map<String, Object> document(String base, List<String> collectionIds) {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", get("Landing page", List.of()));
        paths.put("/conformance", get("Conformance classes", List.of()));
        paths.put("/collections", get("Feature collections", List.of()));
        paths.put("/collections/{collectionId}", get("One collection", List.of(collectionId(collectionIds))));
        paths.put("/collections/{collectionId}/items", get("Features of a collection", List.of(
                collectionId(collectionIds),
                query("bbox", "minLon,minLat,maxLon,maxLat (CRS84)", map("type", "array", "items",
                        map("type", "number"), "minItems", 4, "maxItems", 6), "form", false),
                query("datetime", "RFC 3339 instant or interval (open ends '..'); resolved to months",
                        map("type", "string"), "form", true),
                query("limit", "page size", map("type", "integer", "minimum", 1, "maximum", OgcController.MAX_LIMIT,
                        "default", OgcController.DEFAULT_LIMIT), "form", true),
                query("offset", "features to skip", map("type", "integer", "minimum", 0, "default", 0), "form", true),
                query("f", "json (GeoJSON, default) or csv", map("type", "string", "enum", List.of("json", "csv")),
                        "form", true))));
        paths.put("/collections/{collectionId}/items/{featureId}", get("One feature", List.of(
                collectionId(collectionIds), map("name", "featureId", "in", "path", "required", true,
                        "schema", map("type", "string")))));
        return map("openapi", "3.0.3",
                "info", map("title", "News Atlas OGC API - Features", "version", "1.0.0"),
                "servers", List.of(map("url", base)),
                "paths", paths);
    }

    private static Map<String, Object> get(String summary, List<Object> parameters) {
        return map("get", map("summary", summary, "parameters", parameters, "responses", map(
                "200", map("description", "OK"),
                "400", map("description", "A bad parameter, named in the JSON error"),
                "404", map("description", "Unknown collection or feature"))));
    }

    private static Map<String, Object> collectionId(List<String> ids) {
        return map("name", "collectionId", "in", "path", "required", true,
                "schema", map("type", "string", "enum", ids));
    }

    private static Map<String, Object> query(String name, String description, Map<String, Object> schema,
            String style, boolean explode) {
        return map("name", name, "in", "query", "required", false, "description", description,
                "schema", schema, "style", style, "explode", explode);
    }
}

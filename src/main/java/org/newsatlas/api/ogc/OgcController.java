package org.newsatlas.api.ogc;

import java.util.ArrayList;
import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.newsatlas.api.ApiException;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthWindow;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OGC API - Features Part 1 (core, GeoJSON) over the map's layers at {@code /ogc}. Responses are JSON whatever
 * the Accept header says (QGIS asks for application/geo+json, application/json), CSV with {@code f=csv}.
 */
@RestController
@RequestMapping("/ogc")
public class OgcController {

    static final int DEFAULT_LIMIT = PageParameters.DEFAULT_LIMIT;
    static final int MAX_LIMIT = PageParameters.MAX_LIMIT;

    private final LayerService layers;
    private final PublicBaseUrl baseUrl;

    public OgcController(LayerService layers, PublicBaseUrl baseUrl) {
        this.layers = layers;
        this.baseUrl = baseUrl;
    }

    @GetMapping({"", "/"})
    public ResponseEntity<Object> landing() {
        return json(OgcDocuments.landing(base()), OgcDocuments.JSON);
    }

    @GetMapping("/conformance")
    public ResponseEntity<Object> conformance() {
        return json(OgcDocuments.conformance(), OgcDocuments.JSON);
    }

    @GetMapping("/api")
    public ResponseEntity<Object> api() {
        return json(OgcOpenApi.document(base(), OgcDocuments.collectionIds()), OgcDocuments.OPENAPI);
    }

    @GetMapping("/collections")
    public ResponseEntity<Object> collections() {
        List<OgcDocuments.Collection> all = new ArrayList<>();
        for (LayerName name : LayerName.values()) {
            all.add(OgcDocuments.collection(base(), layers.layer(name), layers.months(List.of(name))));
        }
        return json(OgcDocuments.collections(base(), all), OgcDocuments.JSON);
    }

    @GetMapping("/collections/{collectionId}")
    public ResponseEntity<Object> collection(@PathVariable String collectionId) {
        LayerName name = layer(collectionId);
        return json(OgcDocuments.collection(base(), layers.layer(name), layers.months(List.of(name))),
                OgcDocuments.JSON);
    }

    @GetMapping("/collections/{collectionId}/items")
    public ResponseEntity<Object> items(@PathVariable String collectionId,
            @RequestParam(required = false) String bbox, @RequestParam(required = false) String datetime,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset,
            @RequestParam(required = false) String f, @RequestParam(required = false) String mentioned) {
        LayerName name = layer(collectionId);
        ItemsQuery query = ItemsQuery.parse(bbox, datetime, limit, offset, f, mentioned);
        List<SimpleFeature> matched = query.mentioned()
                ? layers.mentionedFeatures(name, query.datetime(), query.bbox())
                : layers.features(name, query.datetime(), query.bbox());
        if (query.format() == ItemsQuery.Format.CSV) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"" + name.id() + ".csv\"")
                    .body(FeatureCsv.write(layers.layer(name).type(), matched));
        }
        PageParameters page = query.page();
        return json(OgcDocuments.items(page.of(matched), matched.size(), pageLinks(name, page, matched.size())),
                OgcDocuments.GEO_JSON);
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    public ResponseEntity<Object> item(@PathVariable String collectionId, @PathVariable String featureId,
            @RequestParam(required = false) String datetime) {
        LayerName name = layer(collectionId);
        MonthWindow window = DateTimeParameter.parse(datetime);
        if (!layers.layer(name).contains(featureId)) {
            throw ApiException.notFound("Unknown feature '" + featureId + "' in collection '" + collectionId + "'");
        }
        SimpleFeature feature = layers.feature(name, featureId, window).orElseThrow(() -> ApiException.notFound(
                "Feature '" + featureId + "' is not on the map in " + window));
        String collection = base() + "/collections/" + name.id();
        return json(OgcDocuments.feature(feature).withLinks(List.of(
                OgcDocuments.link(collection + "/items/" + featureId, "self", OgcDocuments.GEO_JSON, "This feature"),
                OgcDocuments.link(collection, "collection", OgcDocuments.JSON, "The collection"))),
                OgcDocuments.GEO_JSON);
    }

    public static LayerName layer(String collectionId) {
        return LayerName.byId(collectionId)
                .orElseThrow(() -> ApiException.notFound("Unknown collection '" + collectionId + "'"));
    }

    private List<OgcDocuments.Link> pageLinks(LayerName name, PageParameters page, int matched) {
        List<OgcDocuments.Link> links = new ArrayList<>();
        links.add(OgcDocuments.link(pageUrl(page), "self", OgcDocuments.GEO_JSON, "This page"));
        if (page.hasNext(matched)) {
            links.add(OgcDocuments.link(pageUrl(page.next()), "next", OgcDocuments.GEO_JSON, "Next page"));
        }
        if (page.offset() > 0) {
            links.add(OgcDocuments.link(pageUrl(page.previous()), "prev", OgcDocuments.GEO_JSON, "Previous page"));
        }
        links.add(OgcDocuments.link(base() + "/collections/" + name.id(), "collection", OgcDocuments.JSON,
                "The collection"));
        return links;
    }

    private String pageUrl(PageParameters page) {
        return baseUrl.currentRequestUrl().replaceQueryParam(PageParameters.OFFSET, page.offset())
                .replaceQueryParam(PageParameters.LIMIT, page.limit()).build().toUriString();
    }

    private String base() {
        return baseUrl.get() + "/ogc";
    }

    private static ResponseEntity<Object> json(Object body, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType)).body(body);
    }
}

package org.newsatlas.api.ogc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Geometry;
import org.newsatlas.api.GeoJsonGeometries;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerSnapshot;
import org.newsatlas.layer.MonthCount;

/** The JSON documents of the OGC API - Features endpoints, as maps for Jackson. */
public final class OgcDocuments {

    public static final String GEO_JSON = "application/geo+json";
    public static final String JSON = "application/json";
    public static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    public static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

    private OgcDocuments() {
    }

    public static Map<String, Object> landing(String base) {
        return map("title", "News Atlas", "description",
                "Map layers of a news corpus: exercise sites, capitals, borders, countries and places, each feature "
                        + "linked to the passages that mention it; filter by month with datetime.",
                "links", List.of(link(base, "self", JSON, "This document"),
                        link(base + "/api", "service-desc", OPENAPI, "The API definition"),
                        link(base + "/conformance", "conformance", JSON, "Conformance classes"),
                        link(base + "/collections", "data", JSON, "The feature collections")));
    }

    public static Map<String, Object> collection(String base, LayerSnapshot layer, List<MonthCount> months) {
        String self = base + "/collections/" + layer.name().id();
        ReferencedEnvelope bounds = layer.features().getBounds();
        List<Object> interval = new ArrayList<>();
        interval.add(months.isEmpty() ? null : months.get(0).month().atDay(1) + "T00:00:00Z");
        interval.add(months.isEmpty() ? null : months.get(months.size() - 1).month().atEndOfMonth() + "T23:59:59Z");
        return map("id", layer.name().id(), "title", layer.name().title(), "description", layer.name().description(),
                "itemType", "feature", "crs", List.of(CRS84),
                "extent", map("spatial", map("bbox", List.of(List.of(bounds.getMinX(), bounds.getMinY(),
                                bounds.getMaxX(), bounds.getMaxY())), "crs", CRS84),
                        "temporal", map("interval", List.of(interval), "trs",
                                "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian")),
                "links", List.of(link(self, "self", JSON, "This collection"),
                        link(self + "/items", "items", GEO_JSON, "Items as GeoJSON"),
                        link(self + "/items?f=csv", "items", "text/csv", "Items as CSV")));
    }

    public static Map<String, Object> feature(SimpleFeature f) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (AttributeDescriptor d : f.getFeatureType().getAttributeDescriptors()) {
            if (!Geometry.class.isAssignableFrom(d.getType().getBinding())) {
                properties.put(d.getLocalName(), f.getAttribute(d.getLocalName()));
            }
        }
        return map("type", "Feature", "id", f.getID(),
                "geometry", GeoJsonGeometries.toMap((Geometry) f.getDefaultGeometry()), "properties", properties);
    }

    public static Map<String, Object> items(List<SimpleFeature> page, int matched, List<Map<String, Object>> links) {
        return map("type", "FeatureCollection", "features", page.stream().map(OgcDocuments::feature).toList(),
                "numberMatched", matched, "numberReturned", page.size(), "timeStamp", Instant.now().toString(),
                "links", links);
    }

    public static Map<String, Object> link(String href, String rel, String type, String title) {
        return map("href", href, "rel", rel, "type", type, "title", title);
    }

    /** An ordered map from alternating keys and values; null values are kept (JSON null). */
    public static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    public static List<String> collectionIds() {
        return java.util.Arrays.stream(LayerName.values()).map(LayerName::id).toList();
    }
}

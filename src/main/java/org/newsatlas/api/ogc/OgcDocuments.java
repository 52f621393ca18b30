package org.newsatlas.api.ogc;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.newsatlas.layer.LayerFeatures;
import org.newsatlas.layer.MonthCount;

/** The JSON documents of the OGC API - Features endpoints, as typed records for Jackson (fields in JSON order). */
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

    /** A link of an OGC API document. */
    public record Link(String href, String rel, String type, String title) {
    }

    /** The landing page ({@code /ogc}). */
    public record Landing(String title, String description, List<Link> links) {
    }

    /** {@code /ogc/conformance}. */
    public record Conformance(List<String> conformsTo) {
    }

    /** {@code /ogc/collections}. */
    public record Collections(List<Link> links, List<Collection> collections) {
    }

    /** One feature collection, as GeoServer's {@code CollectionDocument}. */
    public record Collection(String id, String title, String description, String itemType, List<String> crs, Extent extent,
                      List<Link> links) {
    }

    public record Extent(SpatialExtent spatial, TemporalExtent temporal) {
    }

    /** @param bbox west, south, east, north per box */
    public record SpatialExtent(List<List<Double>> bbox, String crs) {
    }

    /** @param interval [start, end] per interval; an end is null where the layer has no months */
    public record TemporalExtent(List<List<String>> interval, String trs) {
    }

    /** A GeoJSON feature with its attributes typed as in the layer; {@code links} only on a single item. */
    public record Feature(String type, String id, Map<String, Object> geometry, Map<String, Object> properties,
                   @JsonInclude(JsonInclude.Include.NON_NULL) List<Link> links) {

        Feature withLinks(List<Link> links) {
            return new Feature(type, id, geometry, properties, links);
        }
    }

    /** A page of items. */
    public record FeatureCollection(String type, List<Feature> features, int numberMatched, int numberReturned,
                             String timeStamp, List<Link> links) {
    }

    public static Conformance conformance() {
        return new Conformance(CONFORMANCE);
    }

    public static Landing landing(String base) {
        return new Landing("News Atlas",
                "Map layers of a news corpus: exercise sites, capitals, borders, countries and places, each feature "
                        + "linked to the passages that mention it; filter by month with datetime.",
                List.of(link(base, "self", JSON, "This document"),
                        link(base + "/api", "service-desc", OPENAPI, "The API definition"),
                        link(base + "/conformance", "conformance", JSON, "Conformance classes"),
                        link(base + "/collections", "data", JSON, "The feature collections")));
    }

    public static Collections collections(String base, List<Collection> all) {
        return new Collections(List.of(link(base + "/collections", "self", JSON, "The feature collections")), all);
    }

    public static Collection collection(String base, LayerFeatures layer, List<MonthCount> months) {
        String self = base + "/collections/" + layer.name().id();
        ReferencedEnvelope bounds = layer.bounds();
        List<String> interval = new ArrayList<>();
        interval.add(months.isEmpty() ? null : months.get(0).month().atDay(1) + "T00:00:00Z");
        interval.add(months.isEmpty() ? null : months.get(months.size() - 1).month().atEndOfMonth() + "T23:59:59Z");
        Extent extent = new Extent(new SpatialExtent(List.of(List.of(bounds.getMinX(), bounds.getMinY(),
                bounds.getMaxX(), bounds.getMaxY())), CRS84),
                new TemporalExtent(List.of(interval), "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"));
        return new Collection(layer.name().id(), layer.name().title(), layer.name().description(), "feature",
                List.of(CRS84), extent, List.of(link(self, "self", JSON, "This collection"),
                        link(self + "/items", "items", GEO_JSON, "Items as GeoJSON"),
                        link(self + "/items?f=csv", "items", "text/csv", "Items as CSV")));
    }

    public static Feature feature(SimpleFeature f) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (AttributeDescriptor d : f.getFeatureType().getAttributeDescriptors()) {
            if (!Geometry.class.isAssignableFrom(d.getType().getBinding())) {
                properties.put(d.getLocalName(), f.getAttribute(d.getLocalName()));
            }
        }
        return new Feature("Feature", f.getID(), GeoJsonGeometries.toMap((Geometry) f.getDefaultGeometry()),
                properties, null);
    }

    public static FeatureCollection items(List<SimpleFeature> page, int matched, List<Link> links) {
        return new FeatureCollection("FeatureCollection", page.stream().map(OgcDocuments::feature).toList(), matched,
                page.size(), Instant.now().toString(), links);
    }

    public static Link link(String href, String rel, String type, String title) {
        return new Link(href, rel, type, title);
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

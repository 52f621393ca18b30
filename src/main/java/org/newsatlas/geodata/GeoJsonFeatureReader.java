package org.newsatlas.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a GeoJSON FeatureCollection into a GeoTools {@link SimpleFeatureCollection} with a declared
 * feature type: geometry attribute {@code geom} in EPSG:4326 lon/lat, then one attribute per property
 * (Long, Double, Boolean, List or String, inferred from the values; an object stays its JSON text). A textual
 * {@code id} property becomes the feature id; otherwise ids are {@code <typeName>.<index>}. The one route by which
 * the app reads GeoJSON: {@link Geodata} calls it for every file.
 */
public final class GeoJsonFeatureReader {

    public static final String GEOMETRY_ATTRIBUTE = "geom";

    private final ObjectMapper mapper;
    private final GeoJsonGeometryParser geometryParser = new GeoJsonGeometryParser();

    /** A file's features and the textual members beside {@code features} at its top level (name, version...). */
    public record Document(SimpleFeatureCollection features, Map<String, String> members) {
    }

    public GeoJsonFeatureReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** WGS 84 with longitude first, matching GeoJSON and JTS x = longitude. */
    public static CoordinateReferenceSystem lonLat() {
        try {
            return CRS.decode("EPSG:4326", true);
        } catch (FactoryException e) {
            throw new IllegalStateException("EPSG:4326 is not available", e);
        }
    }

    public SimpleFeatureCollection read(InputStream in, String typeName) throws IOException {
        return readDocument(in, typeName).features();
    }

    public Document readDocument(InputStream in, String typeName) throws IOException {
        JsonNode root = mapper.readTree(in);
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException("Not a GeoJSON FeatureCollection: " + typeName);
        }
        JsonNode features = root.path("features");
        List<Geometry> geometries = new ArrayList<>(features.size());
        for (JsonNode f : features) {
            geometries.add(geometryParser.parse(f.get("geometry")));
        }
        SimpleFeatureType type = featureType(typeName, features, geometries);
        ListFeatureCollection out = new ListFeatureCollection(type);
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(type);
        for (int i = 0; i < features.size(); i++) {
            out.add(feature(builder, type, features.get(i), geometries.get(i), typeName + "." + i));
        }
        Map<String, String> members = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                members.put(e.getKey(), e.getValue().asText());
            }
        });
        return new Document(out, Map.copyOf(members));
    }

    private SimpleFeatureType featureType(String typeName, JsonNode features, List<Geometry> geometries) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName(typeName);
        b.setCRS(lonLat());
        b.add(GEOMETRY_ATTRIBUTE, commonGeometryClass(geometries));
        b.setDefaultGeometry(GEOMETRY_ATTRIBUTE);
        propertyBindings(features).forEach(b::add);
        return b.buildFeatureType();
    }

    private static Class<? extends Geometry> commonGeometryClass(List<Geometry> geometries) {
        Class<? extends Geometry> common = null;
        for (Geometry g : geometries) {
            if (g == null) {
                continue;
            }
            if (common == null) {
                common = g.getClass();
            } else if (common != g.getClass()) {
                return Geometry.class;
            }
        }
        return common == null ? Geometry.class : common;
    }

    /** Property name -> Java binding, in order of first appearance. */
    private static Map<String, Class<?>> propertyBindings(JsonNode features) {
        Map<String, Class<?>> bindings = new LinkedHashMap<>();
        for (JsonNode f : features) {
            Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                bindings.put(e.getKey(), widen(bindings.get(e.getKey()), e.getValue()));
            }
        }
        bindings.replaceAll((name, binding) -> binding == null ? String.class : binding);
        return bindings;
    }

    private static Class<?> widen(Class<?> current, JsonNode value) {
        Class<?> seen = value.isNull() ? null
                : value.isIntegralNumber() ? Long.class
                : value.isNumber() ? Double.class
                : value.isBoolean() ? Boolean.class
                : value.isArray() ? List.class
                : String.class;
        if (current == null || current == seen) {
            return seen == null ? current : seen;
        }
        if (seen == null) {
            return current;
        }
        boolean numbers = Number.class.isAssignableFrom(current) && Number.class.isAssignableFrom(seen);
        return numbers ? Double.class : String.class;
    }

    private SimpleFeature feature(SimpleFeatureBuilder builder, SimpleFeatureType type, JsonNode f,
            Geometry geometry, String fallbackId) {
        JsonNode props = f.path("properties");
        builder.set(GEOMETRY_ATTRIBUTE, geometry);
        for (int i = 1; i < type.getAttributeCount(); i++) {
            String name = type.getDescriptor(i).getLocalName();
            builder.set(name, value(props.get(name), type.getDescriptor(i).getType().getBinding()));
        }
        JsonNode id = props.get("id");
        return builder.buildFeature(id != null && id.isTextual() ? id.asText() : fallbackId);
    }

    private Object value(JsonNode node, Class<?> binding) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (binding == Long.class) {
            return node.asLong();
        }
        if (binding == Double.class) {
            return node.asDouble();
        }
        if (binding == Boolean.class) {
            return node.asBoolean();
        }
        if (binding == List.class) {
            return java.util.Collections.unmodifiableList(mapper.convertValue(node, List.class));
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}

package org.newsatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

class GeoJsonFeatureReaderTest {

    private static final String TWO_FEATURES = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"id":"A-B","n":1,"x":1.5,"label":"first","flag":true},
             "geometry":{"type":"Point","coordinates":[69.17,34.53]}},
            {"type":"Feature","properties":{"n":2,"x":2,"label":null,"extra":"only here"},
             "geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}}
            ]}""";

    private final GeoJsonFeatureReader reader = new GeoJsonFeatureReader(new com.fasterxml.jackson.databind.ObjectMapper());

    @Test
    void properties_become_typed_attributes_after_the_geom_attribute() throws IOException {
        SimpleFeatureType type = read(TWO_FEATURES).getSchema();
        assertThat(type.getTypeName()).isEqualTo("things");
        assertThat(type.getGeometryDescriptor().getLocalName()).isEqualTo("geom");
        assertThat(type.getGeometryDescriptor().getType().getBinding()).isEqualTo(Geometry.class);
        assertThat(type.getDescriptor("n").getType().getBinding()).isEqualTo(Long.class);
        assertThat(type.getDescriptor("x").getType().getBinding()).isEqualTo(Double.class);
        assertThat(type.getDescriptor("flag").getType().getBinding()).isEqualTo(Boolean.class);
        assertThat(type.getDescriptor("extra").getType().getBinding()).isEqualTo(String.class);
    }

    @Test
    void geometry_keeps_longitude_as_x_and_features_keep_their_values() throws IOException {
        try (SimpleFeatureIterator it = read(TWO_FEATURES).features()) {
            SimpleFeature first = it.next();
            assertThat(first.getID()).isEqualTo("A-B");
            assertThat(((Point) first.getDefaultGeometry()).getX()).isEqualTo(69.17);
            assertThat(first.getAttribute("label")).isEqualTo("first");
            SimpleFeature second = it.next();
            assertThat(second.getID()).isEqualTo("things.1");
            assertThat(second.getAttribute("x")).isEqualTo(2.0);
            assertThat(second.getAttribute("label")).isNull();
            assertThat(second.getDefaultGeometry()).isInstanceOf(MultiPolygon.class);
            assertThat(((Geometry) second.getDefaultGeometry()).getNumGeometries()).isEqualTo(2);
        }
    }

    @Test
    void arrays_become_lists_and_top_level_members_are_kept() throws IOException {
        String file = """
                {"type":"FeatureCollection","version":"3","updated":"2026-01-02","features":[
                {"type":"Feature","properties":{"aliases":["Zapad","West"]},"geometry":null}]}""";
        GeoJsonFeatureReader.Document document = reader.readDocument(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "things");
        assertThat(document.members()).containsEntry("version", "3").containsEntry("updated", "2026-01-02");
        try (SimpleFeatureIterator it = document.features().features()) {
            assertThat(it.next().getAttribute("aliases")).isEqualTo(List.of("Zapad", "West"));
        }
    }

    @Test
    void a_bare_geometry_is_rejected() {
        assertThatThrownBy(() -> read("{\"type\":\"Point\",\"coordinates\":[1,2]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("FeatureCollection");
    }

    private SimpleFeatureCollection read(String json) throws IOException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "things");
    }
}

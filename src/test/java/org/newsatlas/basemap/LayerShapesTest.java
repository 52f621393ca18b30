package org.newsatlas.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.newsatlas.layer.BaseFeature;
import org.newsatlas.layer.LayerName;

class LayerShapesTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void a_wiggly_border_is_simplified_and_rounded_and_the_layer_keeps_its_exact_line() {
        LineString exact = wiggle(0.001);
        LayerShapes.Shapes shapes = LayerShapes.simplify(LayerName.BORDERS, List.of(border("CN-RU", exact)));
        Geometry simple = shapes.byId().get("CN-RU");
        assertThat(simple.getNumPoints()).isEqualTo(2);
        assertThat(simple.getCoordinates()).allSatisfy(c ->
                assertThat(c.getX() * 1000).isCloseTo(Math.rint(c.getX() * 1000), org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(exact.getNumPoints()).isEqualTo(201);
        assertThat(exact.getCoordinateN(1).getX()).isEqualTo(100.0 + 10.0 / 200);
    }

    @Test
    void the_url_names_the_layer_and_a_version_that_changes_with_the_shapes() {
        LayerShapes.Shapes one = LayerShapes.simplify(LayerName.BORDERS, List.of(border("CN-RU", wiggle(0.001))));
        LayerShapes.Shapes same = LayerShapes.simplify(LayerName.BORDERS, List.of(border("CN-RU", wiggle(0.001))));
        LayerShapes.Shapes other = LayerShapes.simplify(LayerName.BORDERS, List.of(border("CN-RU", wiggle(0.5))));
        assertThat(one.url()).isEqualTo("/api/shapes/borders?v=" + one.version());
        assertThat(same.version()).isEqualTo(one.version());
        assertThat(other.version()).isNotEqualTo(one.version());
    }

    /** A line from 100°E to 110°E at 50°N, zig-zagging by {@code amplitude} degrees. */
    private static LineString wiggle(double amplitude) {
        Coordinate[] points = new Coordinate[201];
        for (int i = 0; i <= 200; i++) {
            points[i] = new Coordinate(100.0 + 10.0 * i / 200, 50.0 + (i % 2 == 0 || i == 200 ? 0 : amplitude));
        }
        return GF.createLineString(points);
    }

    private static BaseFeature border(String id, Geometry geometry) {
        return new BaseFeature(id, id, geometry, Map.of(), null);
    }
}

package org.newsatlas.basemap;

import org.newsatlas.geodata.Geodata;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

class BaseMapTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void the_overview_keeps_a_wiggly_river_as_a_straight_line_rounded_to_two_decimals() {
        List<Geometry> overview = BaseMap.simplify(List.of(river(0.01)));
        assertThat(overview).hasSize(1);
        assertThat(overview.get(0).getCoordinates()).extracting(c -> c.x, c -> c.y)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100.0, 50.0),
                        org.assertj.core.groups.Tuple.tuple(110.0, 50.0));
    }

    @Test
    void a_lake_smaller_than_a_pixel_at_the_overview_zooms_is_left_out_and_a_large_one_kept() {
        List<Geometry> overview = BaseMap.simplify(List.of(square(77.0, 42.5, 0.01), square(74.0, 45.0, 2.0)));
        assertThat(overview).hasSize(1);
        assertThat(overview.get(0).getEnvelopeInternal().getWidth()).isEqualTo(2.0);
    }

    @Test
    void every_base_map_layer_has_a_versioned_overview_with_fewer_points_than_its_file() {
        BaseMap baseMap = new BaseMap(Geodata.fromClasspath());
        assertThat(baseMap.layers()).extracting(BaseMapLayer::id).containsExactly("land", "lakes", "rivers", "borders");
        for (BaseMapLayer layer : baseMap.layers()) {
            BaseMap.Overview overview = baseMap.overview(layer.id()).orElseThrow();
            assertThat(layer.overviewUrl()).isEqualTo("/api/basemap/" + layer.id() + "?v=" + overview.version());
            assertThat(overview.geometries()).isNotEmpty();
        }
        assertThat(baseMap.overview("rivers").orElseThrow().geometries()).hasSizeGreaterThan(100);
        assertThat(baseMap.overview("nowhere")).isEmpty();
    }

    /** A river from 100°E to 110°E at 50°N, zig-zagging by {@code amplitude} degrees. */
    private static LineString river(double amplitude) {
        Coordinate[] points = new Coordinate[201];
        for (int i = 0; i <= 200; i++) {
            points[i] = new Coordinate(100.0 + 10.0 * i / 200, 50.0 + (i % 2 == 0 || i == 200 ? 0 : amplitude));
        }
        return GF.createLineString(points);
    }

    private static Polygon square(double x, double y, double side) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
            new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)});
    }
}

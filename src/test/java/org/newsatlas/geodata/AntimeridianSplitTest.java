package org.newsatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class AntimeridianSplitTest {

    @Test
    void a_ring_jumping_from_east_of_180_to_west_of_it_becomes_two_parts_on_either_side() throws Exception {
        // a 10-degree box straddling the antimeridian, written with a jump from 175 to -175
        Geometry box = new WKTReader().read("POLYGON ((175 60, -175 60, -175 70, 175 70, 175 60))");
        Geometry split = AntimeridianSplit.apply(box);
        assertThat(split.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(split.getNumGeometries()).isEqualTo(2);
        assertThat(split.getEnvelopeInternal().getMinX()).isEqualTo(-180);
        assertThat(split.getEnvelopeInternal().getMaxX()).isEqualTo(180);
        assertThat(split.getArea()).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        for (int i = 0; i < 2; i++) {
            assertThat(split.getGeometryN(i).getEnvelopeInternal().getWidth()).isEqualTo(5.0);
        }
    }

    @Test
    void points_west_of_greenwich_far_from_the_crossing_stay_where_they_are() throws Exception {
        // a long ring from Iberia (-9) east to Chukotka, across 180 and back along the Arctic coast
        Geometry eurasia = new WKTReader().read(
                "POLYGON ((-9 40, 100 40, 179 60, -175 65, 179 70, 100 70, -9 43, -9 40))");
        Geometry split = AntimeridianSplit.apply(eurasia);
        assertThat(split.getEnvelopeInternal().getMinX()).isEqualTo(-180);
        assertThat(split.covers(new WKTReader().read("POINT (-8 41)"))).isTrue();
        assertThat(split.covers(new WKTReader().read("POINT (-177 65)"))).isTrue();
        assertThat(split.covers(new WKTReader().read("POINT (-100 50)"))).isFalse();
    }

    @Test
    void a_polygon_that_does_not_cross_is_left_alone() throws Exception {
        Geometry kazakhstan = new WKTReader().read("POLYGON ((50 40, 85 40, 85 55, 50 55, 50 40))");
        assertThat(AntimeridianSplit.apply(kazakhstan)).isSameAs(kazakhstan);
    }
}

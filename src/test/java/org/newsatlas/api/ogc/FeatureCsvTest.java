package org.newsatlas.api.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class FeatureCsvTest {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    @Test
    void text_cells_that_a_spreadsheet_would_run_as_formulas_get_a_leading_quote() {
        String csv = FeatureCsv.write(type(), features(
                "=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@HYPERLINK(\"http://evil.example\")", "\t=1+1", "\r=1"));

        assertThat(csv.split("\r\n")).containsExactly(
                "id,name,code,population,wkt",
                "f0,'=cmd|' /C calc'!A0,-12.5,-5,POINT (68.78 38.54)",
                "f1,\"'+SUM(1,2)\",-12.5,-5,POINT (68.78 38.54)",
                "f2,'-2+3,-12.5,-5,POINT (68.78 38.54)",
                "f3,\"'@HYPERLINK(\"\"http://evil.example\"\")\",-12.5,-5,POINT (68.78 38.54)",
                "f4,'\t=1+1,-12.5,-5,POINT (68.78 38.54)",
                "f5,\"'\r=1\",-12.5,-5,POINT (68.78 38.54)");
    }

    @Test
    void names_and_plain_numbers_written_as_text_stay_as_they_are() {
        assertThat(FeatureCsv.asText("Dushanbe")).isEqualTo("Dushanbe");
        assertThat(FeatureCsv.asText("-12.5")).isEqualTo("-12.5");
        assertThat(FeatureCsv.asText("+7")).isEqualTo("+7");
        assertThat(FeatureCsv.asText("-1.5e3")).isEqualTo("-1.5e3");
        assertThat(FeatureCsv.asText("")).isEmpty();
        assertThat(FeatureCsv.asText("2021-08")).isEqualTo("2021-08");
        assertThat(FeatureCsv.asText("-")).isEqualTo("'-");
        assertThat(FeatureCsv.asText("-1+cmd|' /C calc'!A0")).isEqualTo("'-1+cmd|' /C calc'!A0");
    }

    private static SimpleFeatureType type() {
        SimpleFeatureTypeBuilder builder = new SimpleFeatureTypeBuilder();
        builder.setName("places");
        builder.add("name", String.class);
        builder.add("code", String.class);
        builder.add("population", Integer.class);
        builder.add("geom", Point.class);
        return builder.buildFeatureType();
    }

    private static List<SimpleFeature> features(String... names) {
        List<SimpleFeature> features = new ArrayList<>();
        for (String name : names) {
            features.add(SimpleFeatureBuilder.build(type(), new Object[] {name, "-12.5", -5,
                    GEOMETRIES.createPoint(new Coordinate(68.78, 38.54))}, "f" + features.size()));
        }
        return features;
    }
}

package org.newsatlas.api;

import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/** Features as CSV (RFC 4180): id, every attribute of the type, and the geometry as WKT (lon lat) last. */
final class FeatureCsv {

    private FeatureCsv() {
    }

    static String write(SimpleFeatureType type, List<SimpleFeature> features) {
        StringBuilder out = new StringBuilder("id");
        List<AttributeDescriptor> columns = type.getAttributeDescriptors().stream()
                .filter(d -> !(d.getType().getBinding().isAssignableFrom(Geometry.class)
                        || Geometry.class.isAssignableFrom(d.getType().getBinding()))).toList();
        columns.forEach(d -> out.append(',').append(d.getLocalName()));
        out.append(",wkt\r\n");
        WKTWriter wkt = new WKTWriter();
        for (SimpleFeature f : features) {
            out.append(cell(f.getID()));
            columns.forEach(d -> out.append(',').append(cell(f.getAttribute(d.getLocalName()))));
            Geometry g = (Geometry) f.getDefaultGeometry();
            out.append(',').append(cell(g == null ? null : wkt.write(g))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

package org.newsatlas.api.ogc;

import java.util.List;
import java.util.regex.Pattern;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * Features as CSV (RFC 4180): id, every attribute of the type, and the geometry as WKT (lon lat) last. A text
 * cell a spreadsheet would read as a formula ({@code =cmd|' /C calc'!A0}) gets a leading {@code '} (OWASP's
 * advice against CSV injection); plain numbers stay as they are.
 */
final class FeatureCsv {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

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
        String text = value instanceof Number ? value.toString() : asText(value.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The text, with a leading {@code '} if it starts as a formula does (= + - @, tab, carriage return). */
    static String asText(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}

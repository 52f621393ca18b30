package org.newsatlas.api.ogc;

import org.newsatlas.api.ApiException;
import java.util.List;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.newsatlas.layer.MonthWindow;

/**
 * The query parameters of {@code /ogc/collections/{id}/items}, parsed once: {@code bbox} (none, one box, or two
 * when it crosses the antimeridian), {@code datetime}, {@code limit}/{@code offset}, {@code f} and the vendor
 * parameter {@code mentioned}. A bad value is a 400 {@link ApiError} naming the parameter, checked in the order
 * f, mentioned, limit, offset, datetime, bbox.
 *
 * @param mentioned keep only the features that some passage links to
 */
public record ItemsQuery(List<ReferencedEnvelope> bbox, MonthWindow datetime, PageParameters page, Format format,
                         boolean mentioned) {

    public static final String FORMAT = "f";
    public static final String MENTIONED = "mentioned";

    /** The answer's encoding ({@code f=json}, the default, or {@code f=csv}). */
    public enum Format {
        GEO_JSON, CSV
    }

    public ItemsQuery {
        bbox = List.copyOf(bbox);
    }

    public static ItemsQuery parse(String bbox, String datetime, String limit, String offset, String f,
                                   String mentioned) {
        Format format = format(f);
        boolean mentionedOnly = bool(MENTIONED, mentioned);
        PageParameters page = PageParameters.parse(limit, offset);
        MonthWindow window = DateTimeParameter.parse(datetime);
        return new ItemsQuery(BboxParameter.parse(bbox), window, page, format, mentionedOnly);
    }

    private static Format format(String f) {
        if (f == null || f.equals("json") || f.equals("geojson")) {
            return Format.GEO_JSON;
        }
        if (f.equals("csv")) {
            return Format.CSV;
        }
        throw ApiException.badParameter(FORMAT, "unknown format '" + f + "'; use json or csv");
    }

    private static boolean bool(String parameter, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badParameter(parameter, "'" + value + "' is not true or false");
    }
}

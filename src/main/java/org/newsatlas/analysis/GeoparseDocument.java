package org.newsatlas.analysis;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.newsatlas.gazetteer.Place;

/**
 * The geoparse result of one document in the JSON shape the CLI and {@code POST /api/geoparse} print:
 * offsets are into the document's text exactly as given.
 */
public record GeoparseDocument(String document, List<PassageJson> passages, List<MentionJson> mentions) {

    /** {@code precisions}: for each of {@code months}, in the same order, "day" or "month" (see {@code TimePrecision}). */
    public record PassageJson(int index, int start, int end, String kind, List<String> months, List<String> precisions) {
    }

    public record MentionJson(String text, int start, int end, int passage, boolean associative, double confidence,
                              PlaceJson place) {
    }

    /** {@code countryCode}: ISO 3166-1 alpha-2, null for multi-country places. */
    public record PlaceJson(String id, String name, String kind, String countryCode, double lat, double lon) {
    }

    public static GeoparseDocument of(String document, AnalyzedArticle analyzed) {
        List<PassageJson> passages = analyzed.passages().stream().map(p -> new PassageJson(p.span().ordinal(),
                p.span().start(), p.span().end(), p.span().kind().name().toLowerCase(Locale.ROOT),
                p.months().stream().map(YearMonth::toString).toList(),
                p.tagged().stream().map(t -> t.precision().label()).toList())).toList();
        List<MentionJson> mentions = analyzed.mentions().stream().map(m -> new MentionJson(m.text(), m.start(),
                m.end(), m.passage(), m.associative(), Math.round(m.confidence() * 1000) / 1000.0,
                place(m.place()))).toList();
        return new GeoparseDocument(document, passages, mentions);
    }

    private static PlaceJson place(Place p) {
        return new PlaceJson(p.id(), p.name(), p.kind().name().toLowerCase(Locale.ROOT), p.countryCode(),
                p.lat(), p.lon());
    }
}

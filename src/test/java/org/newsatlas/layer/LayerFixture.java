package org.newsatlas.layer;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.analysis.PlaceMention;
import org.newsatlas.article.PassageLinker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes a tiny corpus into the tables the geoparser and time tagger will fill (article, passage,
 * passage_month, place, mention), then links the passages with the real {@link PassageLinker}, as the import
 * will. Place mentions are given as surfaces found in the passage text.
 */
public final class LayerFixture {

    /** A place mentioned in a passage: the surface's first occurrence in the passage is the mention. */
    public record Named(String surface, String gazetteerId, String kind, String countryCode, boolean associative,
                        double lon, double lat) {
    }

    private final JdbcClient jdbc;
    private final PassageLinker linker;

    public LayerFixture(JdbcClient jdbc, PassageLinker linker) {
        this.jdbc = jdbc;
        this.linker = linker;
    }

    public static Named country(String surface, String code, boolean associative) {
        return new Named(surface, "country:" + code, "country", code, associative, 0, 0);
    }

    public static Named city(String surface, String gazetteerId, String code, double lon, double lat) {
        return new Named(surface, gazetteerId, "city", code, false, lon, lat);
    }

    public long article(String title, String outlet, LocalDate published, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO article (title, outlet, published, source_name, content_hash, original_text)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(title, outlet, Date.valueOf(published), title, Integer.toHexString(text.hashCode())
                        + "0".repeat(56), text)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Stores the passage [start, end) of the article text, its months and mentions, and links it. */
    public long passage(long articleId, String text, String passageText, int ordinal, LocalDate published,
            List<YearMonth> months, Named... places) {
        int start = text.indexOf(passageText);
        int end = start + passageText.length();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO passage (article_id, ordinal, start_offset, end_offset, kind, kind_rule)"
                        + " VALUES (?, ?, ?, ?, 'body', 'fixture')")
                .params(articleId, ordinal, start, end).update(keys, "id");
        long passageId = keys.getKeyAs(Long.class);
        months.forEach(m -> jdbc.sql("INSERT INTO passage_month (passage_id, ym) VALUES (?, ?)")
                .params(passageId, Date.valueOf(m.atDay(1))).update());
        List<PlaceMention> mentions = new ArrayList<>();
        for (Named place : places) {
            int at = text.indexOf(place.surface(), start);
            long placeId = place(place);
            jdbc.sql("INSERT INTO mention (passage_id, start_offset, end_offset, surface, place_id, associative)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(passageId, at, at + place.surface().length(), place.surface(), placeId,
                            place.associative()).update();
            mentions.add(new PlaceMention(at, at + place.surface().length(), place.gazetteerId(),
                    place.countryCode(), place.kind(), place.associative()));
        }
        linker.link(passageId, text, start, end, published, mentions, List.of());
        return passageId;
    }

    private long place(Named place) {
        var existing = jdbc.sql("SELECT id FROM place WHERE gazetteer_id = ?").param(place.gazetteerId())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO place (gazetteer_id, name, kind, country_code, geom) VALUES (?, ?, ?, ?, ?)")
                .params(place.gazetteerId(), place.surface(), place.kind(), place.countryCode(),
                        "SRID=4326;POINT(" + place.lon() + " " + place.lat() + ")")
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}

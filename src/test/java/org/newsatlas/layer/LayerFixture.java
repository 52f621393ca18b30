package org.newsatlas.layer;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.analysis.PlaceMention;
import org.newsatlas.article.LinkTallies;
import org.newsatlas.article.PassageLinker;
import org.newsatlas.store.RowIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a tiny corpus into the tables the geoparser and time tagger will fill (article, passage,
 * passage_month, place, mention), then links the passages with the real {@link PassageLinker} and counts them in
 * the {@link LinkTallies}, as the import will, each row with an id from {@link RowIds} in one transaction per call. Place mentions are given as surfaces
 * found in the passage text.
 */
public final class LayerFixture {

    /** A place mentioned in a passage: the surface's first occurrence in the passage is the mention. */
    public record Named(String surface, String gazetteerId, String kind, String countryCode, boolean associative,
                        double lon, double lat) {
    }

    private final JdbcClient jdbc;
    private final PassageLinker linker;
    private final RowIds ids;
    private final TransactionTemplate write;
    private final LinkTallies tallies;

    public LayerFixture(JdbcClient jdbc, PassageLinker linker, RowIds ids, PlatformTransactionManager transactions,
                        LinkTallies tallies) {
        this.tallies = tallies;
        this.jdbc = jdbc;
        this.linker = linker;
        this.ids = ids;
        this.write = new TransactionTemplate(transactions);
    }

    public static Named country(String surface, String code, boolean associative) {
        return new Named(surface, "country:" + code, "country", code, associative, 0, 0);
    }

    public static Named city(String surface, String gazetteerId, String code, double lon, double lat) {
        return new Named(surface, gazetteerId, "city", code, false, lon, lat);
    }

    public long article(String title, String outlet, LocalDate published, String text) {
        return write.execute(status -> {
            long id = ids.next("article");
            jdbc.sql("INSERT INTO article (id, title, outlet, published, source_name, content_hash, original_text)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, title, outlet, Date.valueOf(published), title, Integer.toHexString(text.hashCode())
                            + "0".repeat(56), text)
                    .update();
            return id;
        });
    }

    /** Stores the passage [start, end) of the article text, its months and mentions, and links it. */
    public long passage(long articleId, String text, String passageText, int ordinal, LocalDate published,
            List<YearMonth> months, Named... places) {
        return write.execute(status -> {
            tallies.remove(articleId);
            long id = writePassage(articleId, text, passageText, ordinal, published, months, places);
            tallies.add(articleId);
            return id;
        });
    }

    private long writePassage(long articleId, String text, String passageText, int ordinal, LocalDate published,
            List<YearMonth> months, Named... places) {
        int start = text.indexOf(passageText);
        int end = start + passageText.length();
        long passageId = ids.next("passage");
        jdbc.sql("INSERT INTO passage (id, article_id, ordinal, start_offset, end_offset, kind, kind_rule)"
                        + " VALUES (?, ?, ?, ?, ?, 'body', 'fixture')")
                .params(passageId, articleId, ordinal, start, end).update();
        months.forEach(m -> jdbc.sql("INSERT INTO passage_month (passage_id, ym, article_id, published, ordinal)"
                        + " SELECT ?, ?, id, published, ? FROM article WHERE id = ?")
                .params(passageId, Date.valueOf(m.atDay(1)), ordinal, articleId).update());
        List<PlaceMention> mentions = new ArrayList<>();
        for (Named place : places) {
            int at = text.indexOf(place.surface(), start);
            long placeId = place(place);
            jdbc.sql("INSERT INTO mention (id, passage_id, start_offset, end_offset, surface, place_id, associative)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(ids.next("mention"), passageId, at, at + place.surface().length(), place.surface(), placeId,
                            place.associative()).update();
            mentions.add(new PlaceMention(at, at + place.surface().length(), place.gazetteerId(),
                    place.countryCode(), place.kind(), place.associative()));
        }
        linker.store(passageId, linker.detect(text, start, end, published, mentions, List.of()));
        return passageId;
    }

    private long place(Named place) {
        var existing = jdbc.sql("SELECT id FROM place WHERE gazetteer_id = ?").param(place.gazetteerId())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = ids.next("place");
        jdbc.sql("INSERT INTO place (id, gazetteer_id, name, kind, country_code, geom) VALUES (?, ?, ?, ?, ?, CAST(? AS GEOMETRY))")
                .params(id, place.gazetteerId(), place.surface(), place.kind(), place.countryCode(),
                        "SRID=4326;POINT(" + place.lon() + " " + place.lat() + ")")
                .update();
        return id;
    }
}

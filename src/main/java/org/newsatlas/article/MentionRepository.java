package org.newsatlas.article;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.analysis.AnalyzedPassage;
import org.newsatlas.geoparse.Candidate;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.store.RowIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The analysis of stored passages: their months, the places they mention and the runner-up candidates. */
@Repository
public class MentionRepository {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final JdbcClient jdbc;

    private final RowIds ids;

    public MentionRepository(JdbcClient jdbc, RowIds ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    public void insertMonths(long passageId, AnalyzedPassage passage) {
        for (YearMonth month : passage.months()) {
            jdbc.sql("INSERT INTO passage_month (passage_id, ym, fallback) VALUES (?, ?, ?)")
                    .params(passageId, Date.valueOf(month.atDay(1)), passage.fallbackMonth()).update();
        }
    }

    /** Stores the mentions of one passage; {@code placeIds} caches gazetteer id -> place row id. */
    public void insertMentions(long passageId, List<LocatedMention> mentions, Map<String, Long> placeIds) {
        if (mentions.isEmpty()) {
            return;
        }
        long mentionId = ids.reserve("mention", mentions.size()) - 1;
        for (LocatedMention m : mentions) {
            long placeId = placeId(m.place(), placeIds);
            mentionId++;
            jdbc.sql("""
                    INSERT INTO mention (id, passage_id, start_offset, end_offset, surface, place_id, associative,
                                         confidence, decided_by, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(mentionId, passageId, m.start(), m.end(), truncate(m.text(), 300), placeId,
                            m.associative(), m.confidence(), m.decidedBy(), truncate(m.reason(), 1000))
                    .update();
            int rank = 0;
            for (Candidate c : m.runnersUp()) {
                jdbc.sql("INSERT INTO mention_candidate (mention_id, rank, place_id, score) VALUES (?, ?, ?, ?)")
                        .params(mentionId, ++rank, placeId(c.place(), placeIds), c.score()).update();
            }
        }
    }

    /** The article's mention at exactly [start, end), as a person reviews it (without the correction). */
    public java.util.Optional<MentionChoices> findAt(long articleId, int start, int end) {
        return jdbc.sql("""
                SELECT m.id, m.surface, pl.gazetteer_id, pl.name, pl.kind, pl.country_code, m.decided_by
                FROM mention m JOIN passage p ON p.id = m.passage_id JOIN place pl ON pl.id = m.place_id
                WHERE p.article_id = ? AND m.start_offset = ? AND m.end_offset = ?""")
                .params(articleId, start, end)
                .query((rs, row) -> new MentionChoices(articleId, start, end, rs.getString(2),
                        java.util.Optional.of(new PlaceChoice(rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6))), rs.getString(7), candidatesOf(rs.getLong(1)),
                        java.util.Optional.empty()))
                .optional();
    }

    private List<PlaceChoice> candidatesOf(long mentionId) {
        return jdbc.sql("""
                SELECT pl.gazetteer_id, pl.name, pl.kind, pl.country_code
                FROM mention_candidate c JOIN place pl ON pl.id = c.place_id
                WHERE c.mention_id = ? ORDER BY c.rank""")
                .param(mentionId)
                .query((rs, row) -> new PlaceChoice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public List<StoredMention> findByArticle(long articleId) {
        return jdbc.sql("""
                SELECT m.passage_id, m.start_offset, m.end_offset, pl.gazetteer_id, pl.name, m.associative,
                       m.confidence, m.decided_by
                FROM mention m JOIN passage p ON p.id = m.passage_id JOIN place pl ON pl.id = m.place_id
                WHERE p.article_id = ? ORDER BY m.start_offset""")
                .param(articleId)
                .query((rs, row) -> new StoredMention(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getDouble(7), rs.getString(8)))
                .list();
    }

    /** How the mentions of the place with this gazetteer id were resolved; empty when none is stored. */
    public java.util.Optional<PlaceResolution> resolutionOf(String gazetteerId) {
        var summary = jdbc.sql("""
                SELECT COUNT(*), AVG(m.confidence),
                       (SELECT m2.decided_by FROM mention m2 WHERE m2.place_id = p.id
                        GROUP BY m2.decided_by ORDER BY COUNT(*) DESC, m2.decided_by LIMIT 1)
                FROM place p JOIN mention m ON m.place_id = p.id
                WHERE p.gazetteer_id = ? GROUP BY p.id""")
                .param(gazetteerId)
                .query((rs, row) -> new Object[] {rs.getInt(1), rs.getDouble(2), rs.getString(3)})
                .optional();
        if (summary.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> runnersUp = jdbc.sql("""
                SELECT r.name, r.country_code, COUNT(*) AS n
                FROM place p JOIN mention m ON m.place_id = p.id
                JOIN mention_candidate c ON c.mention_id = m.id JOIN place r ON r.id = c.place_id
                WHERE p.gazetteer_id = ? AND r.id <> p.id
                GROUP BY r.id, r.name, r.country_code ORDER BY n DESC, r.name LIMIT 3""")
                .param(gazetteerId)
                .query((rs, row) -> rs.getString(1) + (rs.getString(2) == null ? "" : " (" + rs.getString(2) + ")"))
                .list();
        Object[] s = summary.get();
        return java.util.Optional.of(new PlaceResolution((Integer) s[0], (Double) s[1], (String) s[2], runnersUp));
    }

    public Map<String, Long> newPlaceCache() {
        return new HashMap<>();
    }

    private long placeId(Place place, Map<String, Long> cache) {
        return cache.computeIfAbsent(place.id(), id -> {
            String name = truncate(place.name(), 300);
            String kind = place.kind().name().toLowerCase(Locale.ROOT);
            int updated = jdbc.sql("""
                    UPDATE place SET name = ?, kind = ?, country_code = ?, admin1_code = ?, population = ?, geom = ?
                    WHERE gazetteer_id = ?""")
                    .params(name, kind, place.countryCode(), place.admin1Key(), place.population(), point(place), id)
                    .update();
            if (updated == 0) {
                long placeId = ids.next("place");
                jdbc.sql("""
                        INSERT INTO place (id, gazetteer_id, name, kind, country_code, admin1_code, population, geom)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(placeId, id, name, kind, place.countryCode(), place.admin1Key(),
                                place.population(), point(place))
                        .update();
                return placeId;
            }
            return jdbc.sql("SELECT id FROM place WHERE gazetteer_id = ?").param(id).query(Long.class).single();
        });
    }

    private static Point point(Place place) {
        return WGS84.createPoint(new Coordinate(place.lon(), place.lat()));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

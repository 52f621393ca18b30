package org.newsatlas.layer;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links from layer features to passages, in H2 (schema V1 mention/place, V2 exercise/border mentions). */
@Repository
public class LayerMentionRepository {

    /** Which table links a layer's features to passages, and the feature key column. */
    public enum Source {
        PLACE("SELECT p.gazetteer_id, m.passage_id, COUNT(*) FROM mention m JOIN place p ON p.id = m.place_id"
                + " GROUP BY p.gazetteer_id, m.passage_id"),
        EXERCISE("SELECT exercise_id, passage_id, COUNT(*) FROM exercise_mention WHERE exercise_id IS NOT NULL"
                + " GROUP BY exercise_id, passage_id"),
        BORDER("SELECT border_id, passage_id, COUNT(*) FROM border_mention GROUP BY border_id, passage_id");

        private final String linksSql;

        Source(String linksSql) {
            this.linksSql = linksSql;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public LayerMentionRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Feature key ("country:AF", "west-interaction-2021", "CN-RU") to the passages linked to it. */
    public Map<String, List<PassageLink>> links(Source source, Map<Long, List<YearMonth>> passageMonths) {
        Map<String, List<PassageLink>> links = new HashMap<>();
        jdbc.sql(source.linksSql).query(rs -> {
            long passage = rs.getLong(2);
            links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                    new PassageLink(passage, rs.getInt(3), passageMonths.getOrDefault(passage, List.of())));
        });
        return links;
    }

    public Map<Long, List<YearMonth>> passageMonths() {
        Map<Long, List<YearMonth>> months = new HashMap<>();
        jdbc.sql("SELECT passage_id, ym FROM passage_month").query(rs -> {
            months.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(YearMonth.from(rs.getObject(2, Date.class).toLocalDate()));
        });
        return months;
    }

    /** Changes whenever a link or a month tag is added or removed: the layer cache's key. */
    public String corpusVersion() {
        return jdbc.sql("""
                SELECT CONCAT((SELECT COUNT(*) FROM mention), '/', (SELECT COALESCE(MAX(id), 0) FROM mention), '/',
                              (SELECT COUNT(*) FROM exercise_mention), '/', (SELECT COUNT(*) FROM border_mention), '/',
                              (SELECT COUNT(*) FROM passage_month), '/', (SELECT COUNT(*) FROM place))""")
                .query(String.class).single();
    }

    /** Exercise-like names the dataset does not know, with how often they occur, most frequent first. */
    public List<UnplacedExercise> unplacedExercises() {
        return jdbc.sql("""
                SELECT name_key, MIN(surface), COUNT(*), COUNT(DISTINCT passage_id) FROM exercise_mention
                WHERE exercise_id IS NULL GROUP BY name_key ORDER BY COUNT(*) DESC, name_key""")
                .query((rs, row) -> new UnplacedExercise(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** The places the corpus mentions (the {@code places} layer's candidates). */
    public List<StoredPlace> storedPlaces() {
        return jdbc.sql("""
                SELECT gazetteer_id, name, kind, country_code, geom FROM place p
                WHERE EXISTS (SELECT 1 FROM mention m WHERE m.place_id = p.id)""")
                .query((rs, row) -> new StoredPlace(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Geometry.class)))
                .list();
    }
}

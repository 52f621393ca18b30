package org.newsatlas.layer;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The links from layer features to passages, counted in the database (schema V1 mention/place, V2 exercise and
 * border mentions): per feature within a month window, per month for the histogram. The window becomes a
 * condition on {@code passage_month.ym} (its index), so nothing is held per passage in memory. Standard SQL only:
 * the same statements run on PostgreSQL. Written for H2's planner: the window's passages are a derived table the
 * join starts from, never {@code IN (SELECT …)} (H2 runs that per row: 30 s for a year at 10k articles).
 */
@Repository
public class LayerMentionRepository {

    /**
     * Which table links a layer's features to passages: one row per mention, its feature in {@code keyColumn}
     * (for places the place row's id, whose {@code gazetteer_id} is the feature key).
     */
    public enum Source {
        PLACE("mention", "place_id"),
        EXERCISE("exercise_mention", "exercise_id"),
        BORDER("border_mention", "border_id");

        private final String table;
        private final String keyColumn;

        Source(String table, String keyColumn) {
            this.table = table;
            this.keyColumn = keyColumn;
        }

        /** The rows of the source as {@code m}, joined to the window's passages {@code w} when there is one. */
        private String linkRows(String window) {
            return (window == null ? " FROM " + table + " m" : " FROM (" + window + ") w JOIN " + table
                    + " m ON m.passage_id = w.passage_id") + " WHERE m." + keyColumn + " IS NOT NULL";
        }

        /** The condition that a row {@code m} links to the feature {@code :key}. */
        private String isKey() {
            return this == PLACE ? "m.place_id = (SELECT id FROM place WHERE gazetteer_id = :key)"
                    : "m." + keyColumn + " = :key";
        }
    }

    /**
     * Which of a source's links a histogram counts: all of them, or only the keys a layer has (the countries
     * layer's "country:…", the capitals' given keys, the other places: neither).
     */
    public record Scope(Source source, Keys keys, Collection<String> listed) {

        public enum Keys { ALL, COUNTRY_PREFIX, LISTED, NOT_COUNTRY_NOR_LISTED }

        public static Scope all(Source source) {
            return new Scope(source, Keys.ALL, List.of());
        }
    }

    static final String COUNTRY_PREFIX = "country:";

    private final JdbcClient jdbc;

    public LayerMentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Feature key ("country:AF", "west-interaction-2021", "CN-RU") to its distinct passages and mentions among
     * the passages tagged with a month of the window (all time: every link). The window's passages drive the join
     * (H2 runs {@code IN (SELECT …)} as a scan per row).
     */
    public Map<String, LinkCount> counts(Source source, MonthWindow window) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT m." + source.keyColumn + ", COUNT(DISTINCT m.passage_id), COUNT(*)"
                + source.linkRows(window.isAllTime() ? null : passagesIn(window, params))
                + " GROUP BY m." + source.keyColumn;
        Map<Long, String> placeKeys = source == Source.PLACE ? placeKeys() : Map.of();
        Map<String, LinkCount> counts = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            String key = source == Source.PLACE ? placeKeys.get(rs.getLong(1)) : rs.getString(1);
            if (key != null) {
                counts.put(key, new LinkCount(rs.getInt(2), rs.getInt(3)));
            }
        });
        return counts;
    }

    /** Passages and mentions per month over the scopes' links, oldest month first; a passage counts once a month. */
    public List<MonthCount> months(List<Scope> scopes) {
        List<MonthCount> out = new ArrayList<>();
        histogram(scopes, "pm.ym", rs -> out.add(new MonthCount(
                YearMonth.from(rs.getObject(1, Date.class).toLocalDate()), rs.getInt(2), rs.getInt(3))));
        return out;
    }

    /**
     * Passages and mentions per year over the scopes' links, oldest first; a passage tagged with several months of
     * a year counts once in it (so a year is not the sum of its months).
     */
    public List<YearCount> years(List<Scope> scopes) {
        List<YearCount> out = new ArrayList<>();
        histogram(scopes, "EXTRACT(YEAR FROM pm.ym)", rs -> out.add(new YearCount(rs.getInt(1), rs.getInt(2),
                rs.getInt(3))));
        return out;
    }

    /**
     * Distinct passages and their mentions per {@code bucket} (an expression of the month {@code pm.ym}). The
     * mentions per passage are counted first (one row per linked passage), then joined to the passages' months:
     * H2 starts the join from that derived table only when it is read whole, hence the DISTINCT (which also counts a
     * passage once per bucket when several of its months fall in one year).
     */
    private void histogram(List<Scope> scopes, String bucket, org.springframework.jdbc.core.RowCallbackHandler row) {
        Map<String, Object> params = new HashMap<>();
        List<String> perPassage = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            Scope scope = scopes.get(i);
            Source source = scope.source();
            boolean byKey = scope.keys() != Scope.Keys.ALL;
            perPassage.add("SELECT m.passage_id, COUNT(*) AS n FROM " + source.table + " m"
                    + (byKey && source == Source.PLACE ? " JOIN place p ON p.id = m.place_id" : "")
                    + " WHERE m." + source.keyColumn + " IS NOT NULL"
                    + keyCondition(scope, source == Source.PLACE ? "p.gazetteer_id" : "m." + source.keyColumn,
                            "listed" + i, params)
                    + " GROUP BY m.passage_id");
        }
        String linked = "SELECT v.passage_id, SUM(v.n) AS n FROM (" + String.join(" UNION ALL ", perPassage)
                + ") v GROUP BY v.passage_id";
        String sql = "SELECT b.bucket, COUNT(*), SUM(b.n) FROM (SELECT DISTINCT " + bucket + " AS bucket,"
                + " x.passage_id, x.n FROM (" + linked + ") x JOIN passage_month pm ON pm.passage_id = x.passage_id) b"
                + " GROUP BY b.bucket ORDER BY b.bucket";
        jdbc.sql(sql).params(params).query(row);
    }

    /**
     * The page's passage ids linked to {@code linkKey} (tagged with a month of the window unless all time), oldest
     * article first, then in text order, with the totals of all of them.
     */
    public LinkedPassages linkedPassages(Source source, String linkKey, MonthWindow window, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", linkKey);
        String linked = "SELECT DISTINCT m.passage_id FROM " + source.table + " m WHERE " + source.isKey()
                + (window.isAllTime() ? "" : " AND EXISTS (SELECT 1 FROM passage_month pm WHERE pm.passage_id = "
                + "m.passage_id" + monthBounds("pm.ym", window, params) + ")");
        int[] totals = jdbc.sql("SELECT COUNT(*), COUNT(DISTINCT p.article_id) FROM (" + linked + ") l"
                        + " JOIN passage p ON p.id = l.passage_id").params(params)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        if (totals[0] == 0 || offset >= totals[0]) {
            return new LinkedPassages(totals[0], totals[1], List.of());
        }
        params.put("offset", offset);
        params.put("limit", limit);
        List<Long> ids = jdbc.sql("SELECT p.id FROM (" + linked + ") l JOIN passage p ON p.id = l.passage_id"
                        + " JOIN article a ON a.id = p.article_id ORDER BY a.published, a.id, p.ordinal"
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params).query(Long.class).list();
        return new LinkedPassages(totals[0], totals[1], ids);
    }

    /** A page of linked passage ids and the totals of the whole list. */
    public record LinkedPassages(int total, int articles, List<Long> pageIds) {
    }

    /**
     * Changes whenever a link or a month tag is added or removed: the key of cached counts ({@code key}), with the
     * number of mentions (how big the corpus is).
     */
    public CorpusVersion corpusVersion() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM mention), CONCAT((SELECT COUNT(*) FROM mention), '/',
                              (SELECT COALESCE(MAX(id), 0) FROM mention), '/',
                              (SELECT COUNT(*) FROM exercise_mention), '/', (SELECT COUNT(*) FROM border_mention), '/',
                              (SELECT COUNT(*) FROM passage_month), '/', (SELECT COUNT(*) FROM place))""")
                .query((rs, row) -> new CorpusVersion(rs.getString(2), rs.getLong(1))).single();
    }

    /** What {@link #corpusVersion()} reads: a key that changes with every change, and the corpus's mentions. */
    public record CorpusVersion(String key, long mentions) {
    }

    /** Changes whenever a place is stored or its row rewritten by a new gazetteer: the key of the places layer. */
    public String placesVersion() {
        return jdbc.sql("SELECT CONCAT(COUNT(*), '/', COALESCE(MAX(id), 0)) FROM place").query(String.class).single();
    }

    /** Exercise-like names the dataset does not know, with how often they occur, most frequent first. */
    public List<UnplacedExercise> unplacedExercises() {
        return jdbc.sql("""
                SELECT name_key, MIN(surface), COUNT(*), COUNT(DISTINCT passage_id) FROM exercise_mention
                WHERE exercise_id IS NULL GROUP BY name_key ORDER BY COUNT(*) DESC, name_key""")
                .query((rs, row) -> new UnplacedExercise(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** Every stored place (the {@code places} layer's candidates; the map keeps those some passage links to). */
    public List<StoredPlace> storedPlaces() {
        return jdbc.sql("SELECT gazetteer_id, name, kind, country_code, geom FROM place")
                .query((rs, row) -> new StoredPlace(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Geometry.class)))
                .list();
    }

    /** Stored place id to its gazetteer id, the key its feature is found by. */
    private Map<Long, String> placeKeys() {
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("SELECT id, gazetteer_id FROM place").query(rs -> {
            keys.put(rs.getLong(1), rs.getString(2));
        });
        return keys;
    }

    /** The distinct ids of the passages tagged with a month inside the (not all-time) window. */
    private static String passagesIn(MonthWindow window, Map<String, Object> params) {
        return "SELECT DISTINCT passage_id FROM passage_month WHERE 1 = 1" + monthBounds("ym", window, params);
    }

    /** " AND column >= :fromMonth AND column <= :toMonth" for the window's bounds ("" for all time). */
    private static String monthBounds(String column, MonthWindow window, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (window.from() != null) {
            sql.append(" AND ").append(column).append(" >= :fromMonth");
            params.put("fromMonth", Date.valueOf(window.from().atDay(1)));
        }
        if (window.to() != null) {
            sql.append(" AND ").append(column).append(" <= :toMonth");
            params.put("toMonth", Date.valueOf(window.to().atDay(1)));
        }
        return sql.toString();
    }

    private static String keyCondition(Scope scope, String key, String param, Map<String, Object> params) {
        if (scope.keys() == Scope.Keys.LISTED || scope.keys() == Scope.Keys.NOT_COUNTRY_NOR_LISTED) {
            params.put(param, scope.listed().isEmpty() ? List.of("") : List.copyOf(scope.listed()));
        }
        return switch (scope.keys()) {
            case ALL -> "";
            case COUNTRY_PREFIX -> " AND " + key + " LIKE '" + COUNTRY_PREFIX + "%'";
            case LISTED -> " AND " + key + " IN (:" + param + ")";
            case NOT_COUNTRY_NOR_LISTED -> " AND " + key + " NOT LIKE '" + COUNTRY_PREFIX + "%' AND " + key
                    + " NOT IN (:" + param + ")";
        };
    }
}

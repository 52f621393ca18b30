package org.newsatlas.layer;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.newsatlas.article.LinkTallies;
import org.newsatlas.store.StoredGeometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The links from layer features to passages, counted in the database (schema V1 mention/place, V2 exercise and
 * border mentions): per feature within a month window, per month for the histogram. A month, a year, all time and
 * the histogram are read from the tallies kept as articles are stored ({@link LinkTallies}, schema V9); another
 * range becomes a condition on {@code passage_month.ym} (its index). Nothing is held per passage in memory. Standard SQL only:
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

        /** The rows of the source as {@code m} (places with their place row {@code p}) of the window's passages. */
        private String linkRows(String window) {
            return " FROM (" + window + ") w JOIN " + table + " m ON m.passage_id = w.passage_id"
                    + (this == PLACE ? " JOIN place p ON p.id = m.place_id" : "")
                    + " WHERE m." + keyColumn + " IS NOT NULL";
        }

        /** The feature key of a row of {@link #linkRows}. */
        private String keyExpression() {
            return this == PLACE ? "p.gazetteer_id" : "m." + keyColumn;
        }

        /** The condition that a row {@code m} links to the feature {@code :key}. */
        private String isKey() {
            return this == PLACE ? "m.place_id = (SELECT id FROM place WHERE gazetteer_id = :key)"
                    : "m." + keyColumn + " = :key";
        }
    }

    /** The most months of a window whose passages of a feature are read month by month in page order. */
    private static final int MONTHS_WALKED = 24;

    /** Articles read at a time when a feature's passages are found by walking the articles in order. */
    private static final int WALK_GROUP = 500;

    private final JdbcClient jdbc;

    public LayerMentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Feature key ("country:AF", "west-interaction-2021", "CN-RU") to its distinct passages and mentions among
     * the passages tagged with a month of the window (all time: every link). A month, a calendar year and all time
     * are read from the tallies kept as articles are stored ({@link LinkTallies}); any other range is counted over
     * the links, the window's passages driving the join (H2 runs {@code IN (SELECT …)} as a scan per row).
     */
    public Map<String, LinkCount> counts(Source source, MonthWindow window) {
        Map<String, LinkCount> counts = new HashMap<>();
        Optional<Tallied> tallied = Tallied.of(window);
        if (tallied.isPresent()) {
            jdbc.sql("SELECT feature, passages, mentions, confidence_sum FROM feature_tally WHERE source = :source"
                            + " AND period_kind = :kind AND period = :period AND passages > 0")
                    .param("source", source.name()).params(tallied.get().params())
                    .query(rs -> {
                        counts.put(rs.getString(1), new LinkCount(rs.getInt(2), rs.getInt(3), rs.getDouble(4)));
                    });
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT " + source.keyExpression() + ", COUNT(DISTINCT m.passage_id), COUNT(*), "
                + (source == Source.PLACE ? "COALESCE(SUM(m.confidence), 0)" : "0")
                + source.linkRows(passagesIn(window, params)) + " GROUP BY " + source.keyExpression();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getString(1), new LinkCount(rs.getInt(2), rs.getInt(3), rs.getDouble(4)));
        });
        return counts;
    }

    /** Passages and mentions per month over links of the classes, oldest month first; a passage counts once a month. */
    public List<MonthCount> months(Set<LinkTallies.LinkClass> classes) {
        List<MonthCount> out = new ArrayList<>();
        histogram(classes, 'M', rs -> out.add(new MonthCount(
                YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getInt(2), rs.getInt(3))));
        return out;
    }

    /**
     * Passages and mentions per year over links of the classes, oldest first; a passage tagged with several months
     * of a year counts once in it (so a year is not the sum of its months).
     */
    public List<YearCount> years(Set<LinkTallies.LinkClass> classes) {
        List<YearCount> out = new ArrayList<>();
        histogram(classes, 'Y', rs -> out.add(new YearCount(rs.getObject(1, LocalDate.class).getYear(),
                rs.getInt(2), rs.getInt(3))));
        return out;
    }

    /**
     * Distinct passages with a link of one of the classes, and those links, per period of the kind: the tally rows
     * of the passages whose set of classes meets the asked ones (a row's class column is positive exactly when its
     * passages have links of the class).
     */
    private void histogram(Set<LinkTallies.LinkClass> classes, char kind,
                           org.springframework.jdbc.core.RowCallbackHandler row) {
        if (classes.isEmpty()) {
            return;
        }
        List<String> columns = classes.stream().sorted().map(LinkTallies.LinkClass::column).toList();
        jdbc.sql("SELECT period, SUM(passages), SUM(" + String.join(" + ", columns) + ") FROM histogram_tally"
                        + " WHERE period_kind = :kind AND (" + String.join(" > 0 OR ", columns) + " > 0)"
                        + " GROUP BY period ORDER BY period")
                .param("kind", String.valueOf(kind)).query(row);
    }

    /**
     * The page's passage ids linked to {@code linkKey} (tagged with a month of the window unless all time), oldest
     * article first, then in text order, with the totals of all of them (from the tallies when the window is a
     * month, a year or all time). A feature with more passages than the window has starts from the window's month
     * rows; a rarer one checks the months of its own passages.
     */
    public LinkedPassages linkedPassages(Source source, String linkKey, MonthWindow window, long offset, int limit) {
        if (!window.isAllTime()) {
            return windowPassages(source, linkKey, window, offset, limit);
        }
        int[] totals = featureTotals(source, linkKey, Tallied.ALL);
        if (totals[0] == 0 || offset >= totals[0]) {
            return new LinkedPassages(totals[0], totals[1], List.of());
        }
        if (walkIsShorter(totals[0], offset, limit)) {
            return new LinkedPassages(totals[0], totals[1], walkArticles(source, linkKey, offset, limit));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("key", linkKey);
        params.put("offset", offset);
        params.put("limit", limit);
        String linked = "SELECT DISTINCT m.passage_id FROM " + source.table + " m WHERE " + source.isKey();
        List<Long> ids = jdbc.sql("SELECT p.id FROM (" + linked + ") l JOIN passage p ON p.id = l.passage_id"
                        + " JOIN article a ON a.id = p.article_id ORDER BY a.published NULLS FIRST, a.id, p.ordinal"
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params).query(Long.class).list();
        return new LinkedPassages(totals[0], totals[1], ids);
    }

    /**
     * The page of the feature's passages tagged with a month of the (not all-time) window, in page order, sorted
     * on the month rows' own order columns (schema V12), with the totals (from the tallies for a month or a year).
     * A window of up to {@value #MONTHS_WALKED} months that the feature fills often enough is read month by month in
     * that order from the month index, each row probing the feature's links, each month until the page is full;
     * otherwise the window's rows or the feature's links (whichever are fewer) are filtered and sorted.
     */
    private LinkedPassages windowPassages(Source source, String linkKey, MonthWindow window, long offset,
                                          int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", linkKey);
        String isLinked = " EXISTS (SELECT 1 FROM " + source.table + " m WHERE m.passage_id = pm.passage_id AND "
                + source.isKey() + ")";
        int monthRows = monthRowsOf(window);
        int featureRows = featurePassages(source, linkKey, Tallied.ALL);
        String rows = featureRows > monthRows
                // H2 keeps the order of an EXISTS: the window's month rows, each probing the feature's links
                ? " FROM passage_month pm WHERE" + isLinked + monthBounds("pm.ym", window, params)
                // the feature's linked passages as the derived table the join starts from
                : " FROM (SELECT DISTINCT m.passage_id FROM " + source.table + " m WHERE " + source.isKey() + ") l"
                        + " JOIN passage_month pm ON pm.passage_id = l.passage_id WHERE 1 = 1"
                        + monthBounds("pm.ym", window, params);
        Optional<Tallied> tallied = Tallied.of(window);
        int[] totals = tallied.isPresent() ? featureTotals(source, linkKey, tallied.get())
                : jdbc.sql("SELECT COUNT(DISTINCT pm.passage_id), COUNT(DISTINCT pm.article_id)" + rows)
                .params(params).query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        if (totals[0] == 0 || offset >= totals[0]) {
            return new LinkedPassages(totals[0], totals[1], List.of());
        }
        params.put("offset", offset);
        params.put("limit", limit);
        String page = " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";
        List<YearMonth> months = monthsOf(window);
        double probes = (double) (offset + limit) * monthRows / totals[0];
        if (!months.isEmpty() && probes < Math.min(featureRows, monthRows)) {
            // each month's rows in page order (passage_month_page_idx; H2 reads an index in order for an ORDER BY
            // of its leading columns, so ym is named too), each month stopping after the page's last row could be
            // among them: about (offset + limit) * monthRows / totals probes in all. The months are merged here: as
            // one UNION ALL of the same statements H2 2.5 lost rows of some months (LinkTalliesIT)
            params.put("first", offset + limit);
            String monthSql = "SELECT pm.passage_id, pm.published, pm.article_id, pm.ordinal FROM passage_month pm"
                    + " WHERE pm.ym = :month AND" + isLinked
                    + " ORDER BY pm.ym, pm.published NULLS FIRST, pm.article_id, pm.ordinal FETCH FIRST :first ROWS ONLY";
            java.util.TreeMap<PageKey, Long> merged = new java.util.TreeMap<>();
            for (YearMonth month : months) {
                params.put("month", Date.valueOf(month.atDay(1)));
                jdbc.sql(monthSql).params(params).query(rs -> {
                    merged.put(new PageKey(rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getInt(4)),
                            rs.getLong(1));
                });
            }
            return new LinkedPassages(totals[0], totals[1],
                    merged.values().stream().skip(offset).limit(limit).toList());
        }
        return new LinkedPassages(totals[0], totals[1], jdbc.sql("SELECT DISTINCT pm.passage_id, pm.published,"
                        + " pm.article_id, pm.ordinal" + rows + " ORDER BY pm.published NULLS FIRST, pm.article_id, pm.ordinal"
                        + page)
                .params(params).query((rs, row) -> rs.getLong(1)).list());
    }

    /** A passage's place in the order of pages: undated articles first (as H2 sorts them), then date, id, ordinal. */
    private record PageKey(LocalDate published, long article, int ordinal) implements Comparable<PageKey> {

        private static final java.util.Comparator<PageKey> ORDER = java.util.Comparator.comparing(PageKey::published,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparingLong(PageKey::article).thenComparingInt(PageKey::ordinal);

        @Override
        public int compareTo(PageKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** The months of a window of both bounds and at most {@link #MONTHS_WALKED} months, else none. */
    private static List<YearMonth> monthsOf(MonthWindow window) {
        if (window.from() == null || window.to() == null
                || window.from().plusMonths(MONTHS_WALKED - 1).isBefore(window.to())) {
            return List.of();
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = window.from(); !m.isAfter(window.to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * Whether walking the articles in order reads fewer rows than sorting all the feature's passages: a feature
     * that many articles mention (the United States in half of them) has its first pages in the first articles.
     * The walk reads about {@code (offset + limit) * articles / passages} articles.
     */
    private boolean walkIsShorter(int featurePassages, long offset, int limit) {
        long articles = articleCount();
        double walked = (double) (offset + limit) * articles / featurePassages;
        return walked * 2 < featurePassages;
    }

    /** The articles counted for a corpus version: PostgreSQL counts rows one by one (30 ms at 100k articles). */
    private volatile long[] articleCount = {-1, 0};

    private long articleCount() {
        long version = Long.parseLong(corpusVersion().key());
        long[] counted = articleCount;
        if (counted[0] != version) {
            counted = new long[] {version, jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()};
            articleCount = counted;
        }
        return counted[1];
    }

    /**
     * The page of the feature's passages, all time, in article order (undated articles first, by id, as H2 sorts
     * them; then by date and id), found by reading the articles in that order a group at a time until the page
     * is full: the first pages of a feature in every other article cost a few groups, not a sort of all its
     * passages.
     */
    private List<Long> walkArticles(Source source, String linkKey, long offset, int limit) {
        Object key = linkKey;
        String isKey = source.isKey();
        if (source == Source.PLACE) {
            // the place's row id first: behind a subquery PostgreSQL guessed the place rare and hashed all its
            // mentions for every group (104,052 for the United States at 100k articles)
            Optional<Long> place = jdbc.sql("SELECT id FROM place WHERE gazetteer_id = ?").param(linkKey)
                    .query(Long.class).optional();
            if (place.isEmpty()) {
                return List.of();
            }
            key = place.get();
            isKey = "m.place_id = :key";
        }
        List<Long> page = new ArrayList<>(limit);
        long skip = offset;
        ArticleKey after = null;
        boolean undated = true;
        while (page.size() < limit) {
            List<ArticleKey> group = articleGroup(undated, after);
            if (group.isEmpty()) {
                if (!undated) {
                    break;
                }
                undated = false;
                after = null;
                continue;
            }
            after = group.get(group.size() - 1);
            Map<Long, Integer> order = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                order.put(group.get(i).id(), i);
            }
            record Linked(long id, int article, int ordinal) {
            }
            List<Linked> linked = jdbc.sql("SELECT p.id, p.article_id, p.ordinal FROM passage p"
                            + " WHERE p.article_id IN (:articles) AND EXISTS (SELECT 1 FROM " + source.table
                            + " m WHERE m.passage_id = p.id AND " + isKey + ")")
                    .param("articles", List.copyOf(order.keySet())).param("key", key)
                    .query((rs, row) -> new Linked(rs.getLong(1), order.get(rs.getLong(2)), rs.getInt(3))).list();
            List<Linked> sorted = linked.stream().sorted(java.util.Comparator.comparingInt(Linked::article)
                    .thenComparingInt(Linked::ordinal)).toList();
            for (Linked passage : sorted) {
                if (skip > 0) {
                    skip -= 1;
                } else if (page.size() < limit) {
                    page.add(passage.id());
                }
            }
        }
        return page;
    }

    /** An article's place in the order of pages: its date (null: undated) and id. */
    private record ArticleKey(long id, LocalDate published) {
    }

    /** The next {@link #WALK_GROUP} undated or dated articles in page order after {@code after} (null: the first). */
    private List<ArticleKey> articleGroup(boolean undated, ArticleKey after) {
        String sql = undated
                ? "SELECT id, published FROM article WHERE published IS NULL" + (after == null ? "" : " AND id > :id")
                        + " ORDER BY id"
                : "SELECT id, published FROM article WHERE published IS NOT NULL" + (after == null ? ""
                        : " AND published >= :published AND (published > :published OR id > :id)")
                        + " ORDER BY published, id";
        var statement = jdbc.sql(sql + " FETCH FIRST " + WALK_GROUP + " ROWS ONLY");
        if (after != null) {
            statement = statement.param("id", after.id());
            if (!undated) {
                statement = statement.param("published", after.published());
            }
        }
        return statement.query((rs, row) -> new ArticleKey(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** The feature's passages and articles in the tallied period. */
    private int[] featureTotals(Source source, String linkKey, Tallied period) {
        return jdbc.sql("SELECT passages, articles FROM feature_tally WHERE source = :source AND period_kind = :kind"
                        + " AND period = :period AND feature = :key")
                .param("source", source.name()).params(period.params()).param("key", linkKey)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional().orElse(new int[] {0, 0});
    }

    private int featurePassages(Source source, String linkKey, Tallied period) {
        return featureTotals(source, linkKey, period)[0];
    }

    /** About how many linked passages the window's months hold (a passage of several months counts in each). */
    private int monthRowsOf(MonthWindow window) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COALESCE(SUM(passages), 0) FROM histogram_tally WHERE period_kind = 'M'"
                + monthBounds("period", window, params)).params(params).query(Integer.class).single();
    }

    /** A window the tallies hold: a month ('M'), a calendar year ('Y') or all time ('A'). */
    private record Tallied(char kind, LocalDate period) {

        static final Tallied ALL = new Tallied('A', LinkTallies.ALL_TIME);

        static Optional<Tallied> of(MonthWindow window) {
            if (window.isAllTime()) {
                return Optional.of(ALL);
            }
            YearMonth from = window.from();
            YearMonth to = window.to();
            if (from == null || to == null) {
                return Optional.empty();
            }
            if (from.equals(to)) {
                return Optional.of(new Tallied('M', from.atDay(1)));
            }
            if (from.getMonthValue() == 1 && to.equals(from.plusMonths(11))) {
                return Optional.of(new Tallied('Y', from.atDay(1)));
            }
            return Optional.empty();
        }

        Map<String, Object> params() {
            return Map.of("kind", String.valueOf(kind), "period", period);
        }
    }

    /** A page of linked passage ids and the totals of the whole list. */
    public record LinkedPassages(int total, int articles, List<Long> pageIds) {
    }

    /**
     * Changes whenever links are added or removed (an article's links counted into or out of the tallies, schema
     * V14): the key of cached counts ({@code key}), with the number of place mentions (how big the corpus is).
     */
    public CorpusVersion corpusVersion() {
        return jdbc.sql("SELECT version, mentions FROM corpus_version WHERE id = 1")
                .query((rs, row) -> new CorpusVersion(String.valueOf(rs.getLong(1)), rs.getLong(2))).single();
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
                        rs.getString(4), StoredGeometry.read(rs, 5)))
                .list();
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
}

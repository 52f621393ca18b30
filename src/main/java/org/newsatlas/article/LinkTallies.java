package org.newsatlas.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsatlas.store.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts kept per feature and period, and per period and set of link classes (schema V9), so the layers and the
 * histogram read a few rows instead of counting a month window's links. An article's share is added after its
 * analysis is stored and taken away before its passages are deleted or rewritten, in the same transaction, always
 * read back from the stored rows (so what is taken away is exactly what was added). Derived data: rebuilt from the
 * link tables at start when {@code tally_state} does not name the current format and {@link PlaceClasses}.
 */
@Component
public class LinkTallies implements SmartInitializingSingleton {

    /** Changes when what the tallies hold changes meaning: stored tallies of another format are rebuilt. */
    static final String FORMAT = "tallies-2";
    /** The period of the all-time rows. */
    public static final LocalDate ALL_TIME = LocalDate.of(1, 1, 1);
    /** Articles read together while rebuilding. */
    private static final int REBUILD_CHUNK = 1000;

    /** The link classes of the histogram, in the order of their mask bits and histogram_tally columns. */
    public enum LinkClass {
        EXERCISE("exercises"), BORDER("borders"), COUNTRY("countries"), CAPITAL("capitals"),
        OTHER_PLACE("other_places");

        private final String column;

        LinkClass(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }

        int bit() {
            return 1 << ordinal();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LinkTallies.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PlaceClasses places;
    private final TransactionTemplate write;
    private final JobLocks locks;
    /** Articles whose links {@link #addingAtEnd} counts at its end, on the thread that runs it. */
    private final ThreadLocal<Set<Long>> deferred = new ThreadLocal<>();

    public LinkTallies(JdbcClient jdbc, JdbcTemplate template, PlaceClasses places,
                       PlatformTransactionManager transactions, JobLocks locks) {
        this.jdbc = jdbc;
        this.template = template;
        this.places = places;
        this.write = new TransactionTemplate(transactions);
        this.locks = locks;
    }

    /**
     * Adds the article's stored links to the tallies (after its analysis is stored); inside {@link #addingAtEnd},
     * at its end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long articleId) {
        Set<Long> pending = deferred.get();
        if (pending != null) {
            pending.add(articleId);
            return;
        }
        apply(List.of(articleId), 1);
    }

    /** Takes the article's stored links out of the tallies (before its passages are deleted or rewritten). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(long articleId) {
        Set<Long> pending = deferred.get();
        if (pending != null && pending.remove(articleId)) {
            return; // its links were not counted yet
        }
        apply(List.of(articleId), -1);
    }

    /**
     * Runs {@code work} (a bulk import's group of articles in one transaction, each in a savepoint of its own) with
     * the articles it adds counted together at its end, still inside the transaction: their links are read once
     * (one rolled back to its savepoint has none left) and merged into the tally rows in one statement per table,
     * instead of reading and merging every article's (a quarter of the writing thread's time in a bulk import).
     * Work on this thread only.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T addingAtEnd(java.util.function.Supplier<T> work) {
        if (deferred.get() != null) {
            return work.get();
        }
        Set<Long> pending = new LinkedHashSet<>();
        deferred.set(pending);
        T result;
        try {
            result = work.get();
        } finally {
            deferred.remove();
        }
        if (!pending.isEmpty()) {
            apply(pending, 1);
        }
        return result;
    }

    /**
     * Counts the tallies afresh when the store has none of this form. Instances sharing a PostgreSQL store starting
     * together count them once: each waits for the others' count ({@link JobLocks}) and then finds it done.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (current()) {
            return;
        }
        try (JobLocks.Held counting = locks.lock("tallies")) {
            if (!current()) {
                rebuild();
            }
        }
    }

    private boolean current() {
        return fingerprint().equals(jdbc.sql("SELECT fingerprint FROM tally_state WHERE id = 1").query(String.class)
                .optional().orElse(null));
    }

    /** Counts every stored article afresh, a chunk of articles per transaction; the state row is written last. */
    public void rebuild() {
        long start = System.nanoTime();
        write.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM tally_state").update();
            jdbc.sql("DELETE FROM feature_tally").update();
            jdbc.sql("DELETE FROM histogram_tally").update();
            jdbc.sql("UPDATE corpus_version SET version = version + 1, mentions = 0 WHERE id = 1").update();
        });
        List<Long> ids = jdbc.sql("SELECT id FROM article ORDER BY id").query(Long.class).list();
        if (!ids.isEmpty()) {
            LOG.info("Counting the links of {} articles per feature and month (once: the store has no tallies yet)",
                    ids.size());
        }
        for (int i = 0; i < ids.size(); i += REBUILD_CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + REBUILD_CHUNK));
            write.executeWithoutResult(status -> apply(chunk, 1));
        }
        write.executeWithoutResult(status -> jdbc.sql("INSERT INTO tally_state (id, fingerprint) VALUES (1, ?)")
                .param(fingerprint()).update());
        if (!ids.isEmpty()) {
            LOG.info("Counted the links of {} articles per feature and month in {} ms", ids.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private String fingerprint() {
        return FORMAT + "/" + places.fingerprint();
    }

    /** Reads the articles' links and months and adds them to the tallies {@code sign} times (+1 or -1). */
    private void apply(Collection<Long> articleIds, int sign) {
        Map<Long, PassageLinks> passages = links(articleIds);
        if (passages.isEmpty()) {
            return;
        }
        long placeMentions = passages.values().stream().flatMap(p -> p.counts.entrySet().stream())
                .filter(e -> e.getKey().source.equals("PLACE")).mapToLong(Map.Entry::getValue).sum();
        // the layers' answers are kept per version (schema V14): any change of links gives a new one
        jdbc.sql("UPDATE corpus_version SET version = version + 1, mentions = mentions + :mentions WHERE id = 1")
                .param("mentions", sign * placeMentions).update();
        Map<Long, List<LocalDate>> months = months(articleIds);
        Map<FeatureKey, FeatureCount> features = new LinkedHashMap<>();
        Map<HistogramKey, int[]> histogram = new LinkedHashMap<>();
        passages.forEach((passageId, links) -> {
            List<LocalDate> passageMonths = months.getOrDefault(passageId, List.of());
            Set<LocalDate> years = new LinkedHashSet<>();
            passageMonths.forEach(m -> years.add(m.withDayOfYear(1)));
            links.counts.forEach((feature, n) -> {
                double confidence = links.confidence.getOrDefault(feature, 0.0);
                count(features, new FeatureKey(feature.source, 'A', ALL_TIME, feature.id), links.article, n,
                        confidence);
                passageMonths.forEach(m -> count(features, new FeatureKey(feature.source, 'M', m, feature.id),
                        links.article, n, confidence));
                years.forEach(y -> count(features, new FeatureKey(feature.source, 'Y', y, feature.id),
                        links.article, n, confidence));
            });
            int mask = links.mask();
            passageMonths.forEach(m -> count(histogram, new HistogramKey('M', m, mask), links.classes));
            years.forEach(y -> count(histogram, new HistogramKey('Y', y, mask), links.classes));
        });
        writeFeatures(features, sign);
        writeHistogram(histogram, sign);
    }

    private static void count(Map<FeatureKey, FeatureCount> features, FeatureKey key, long article, int mentions,
                              double confidence) {
        FeatureCount count = features.computeIfAbsent(key, k -> new FeatureCount());
        count.passages++;
        count.mentions += mentions;
        count.confidence += confidence;
        count.articles.add(article);
    }

    private static void count(Map<HistogramKey, int[]> histogram, HistogramKey key, int[] classes) {
        int[] sums = histogram.computeIfAbsent(key, k -> new int[1 + classes.length]);
        sums[0]++;
        for (int i = 0; i < classes.length; i++) {
            sums[i + 1] += classes[i];
        }
    }

    /** The linked passages of the articles: their links per feature and per class. */
    private Map<Long, PassageLinks> links(Collection<Long> articleIds) {
        Map<Long, PassageLinks> passages = new HashMap<>();
        jdbc.sql("""
                SELECT p.article_id, m.passage_id, pl.gazetteer_id, m.confidence FROM passage p
                JOIN mention m ON m.passage_id = p.id JOIN place pl ON pl.id = m.place_id
                WHERE p.article_id IN (:ids)""").param("ids", articleIds).query(rs -> {
            long article = rs.getLong(1);
            String key = rs.getString(3);
            LinkClass linkClass = key.startsWith(PlaceClasses.COUNTRY_PREFIX) ? LinkClass.COUNTRY
                    : places.isCapital(key) ? LinkClass.CAPITAL : LinkClass.OTHER_PLACE;
            passages.computeIfAbsent(rs.getLong(2), k -> new PassageLinks(article))
                    .add(new FeatureRef("PLACE", key), linkClass, rs.getDouble(4));
        });
        jdbc.sql("""
                SELECT p.article_id, e.passage_id, e.exercise_id FROM passage p
                JOIN exercise_mention e ON e.passage_id = p.id
                WHERE p.article_id IN (:ids) AND e.exercise_id IS NOT NULL""").param("ids", articleIds).query(rs -> {
            long article = rs.getLong(1);
            passages.computeIfAbsent(rs.getLong(2), k -> new PassageLinks(article))
                    .add(new FeatureRef("EXERCISE", rs.getString(3)), LinkClass.EXERCISE, 0);
        });
        jdbc.sql("""
                SELECT p.article_id, b.passage_id, b.border_id FROM passage p
                JOIN border_mention b ON b.passage_id = p.id
                WHERE p.article_id IN (:ids)""").param("ids", articleIds).query(rs -> {
            long article = rs.getLong(1);
            passages.computeIfAbsent(rs.getLong(2), k -> new PassageLinks(article))
                    .add(new FeatureRef("BORDER", rs.getString(3)), LinkClass.BORDER, 0);
        });
        return passages;
    }

    private Map<Long, List<LocalDate>> months(Collection<Long> articleIds) {
        Map<Long, List<LocalDate>> months = new HashMap<>();
        jdbc.sql("""
                SELECT pm.passage_id, pm.ym FROM passage p JOIN passage_month pm ON pm.passage_id = p.id
                WHERE p.article_id IN (:ids)""").param("ids", articleIds).query(rs -> {
            months.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
        });
        return months;
    }

    private void writeFeatures(Map<FeatureKey, FeatureCount> features, int sign) {
        List<Object[]> rows = new ArrayList<>(features.size());
        features.forEach((k, c) -> rows.add(new Object[] {k.source, String.valueOf(k.kind), k.period,
                k.feature, sign * c.passages, sign * c.mentions, sign * c.articles.size(), sign * c.confidence}));
        template.batchUpdate("""
                MERGE INTO feature_tally t
                USING (SELECT CAST(? AS VARCHAR(8)) AS source, CAST(? AS CHAR(1)) AS period_kind,
                              CAST(? AS DATE) AS period, CAST(? AS VARCHAR(100)) AS feature, CAST(? AS INT) AS passages,
                              CAST(? AS INT) AS mentions, CAST(? AS INT) AS articles,
                              CAST(? AS DOUBLE PRECISION) AS confidence_sum) s
                ON t.source = s.source AND t.period_kind = s.period_kind AND t.period = s.period
                   AND t.feature = s.feature
                WHEN MATCHED THEN UPDATE SET passages = t.passages + s.passages, mentions = t.mentions + s.mentions,
                                             articles = t.articles + s.articles,
                                             confidence_sum = t.confidence_sum + s.confidence_sum
                WHEN NOT MATCHED THEN INSERT (source, period_kind, period, feature, passages, mentions, articles,
                                              confidence_sum)
                                      VALUES (s.source, s.period_kind, s.period, s.feature, s.passages, s.mentions,
                                              s.articles, s.confidence_sum)""", rows);
        if (sign < 0) {
            template.batchUpdate("DELETE FROM feature_tally WHERE source = ? AND period_kind = ? AND period = ?"
                    + " AND feature = ? AND passages <= 0", rows.stream().map(r -> new Object[] {r[0], r[1], r[2],
                    r[3]}).toList());
        }
    }

    private void writeHistogram(Map<HistogramKey, int[]> histogram, int sign) {
        List<Object[]> rows = new ArrayList<>(histogram.size());
        histogram.forEach((k, sums) -> {
            Object[] row = new Object[3 + sums.length];
            row[0] = String.valueOf(k.kind);
            row[1] = k.period;
            row[2] = k.mask;
            for (int i = 0; i < sums.length; i++) {
                row[3 + i] = sign * sums[i];
            }
            rows.add(row);
        });
        template.batchUpdate("""
                MERGE INTO histogram_tally t
                USING (SELECT CAST(? AS CHAR(1)) AS period_kind, CAST(? AS DATE) AS period, CAST(? AS INT) AS mask,
                              CAST(? AS INT) AS passages, CAST(? AS INT) AS exercises, CAST(? AS INT) AS borders,
                              CAST(? AS INT) AS countries, CAST(? AS INT) AS capitals,
                              CAST(? AS INT) AS other_places) s
                ON t.period_kind = s.period_kind AND t.period = s.period AND t.mask = s.mask
                WHEN MATCHED THEN UPDATE SET passages = t.passages + s.passages, exercises = t.exercises + s.exercises,
                                             borders = t.borders + s.borders, countries = t.countries + s.countries,
                                             capitals = t.capitals + s.capitals,
                                             other_places = t.other_places + s.other_places
                WHEN NOT MATCHED THEN INSERT (period_kind, period, mask, passages, exercises, borders, countries,
                                              capitals, other_places)
                                      VALUES (s.period_kind, s.period, s.mask, s.passages, s.exercises, s.borders,
                                              s.countries, s.capitals, s.other_places)""", rows);
        if (sign < 0) {
            template.batchUpdate("DELETE FROM histogram_tally WHERE period_kind = ? AND period = ? AND mask = ?"
                    + " AND passages <= 0", rows.stream().map(r -> new Object[] {r[0], r[1], r[2]}).toList());
        }
    }

    /** A place's all-time tally: its mentions and the sum of their confidence. */
    public record PlaceTally(int mentions, double confidenceSum) {
    }

    /** The all-time tally of the place with this gazetteer id; empty when no passage links to it. */
    public java.util.Optional<PlaceTally> placeAllTime(String gazetteerId) {
        return jdbc.sql("""
                SELECT mentions, confidence_sum FROM feature_tally
                WHERE source = 'PLACE' AND period_kind = 'A' AND period = ? AND feature = ?""")
                .params(ALL_TIME, gazetteerId)
                .query((rs, row) -> new PlaceTally(rs.getInt(1), rs.getDouble(2))).optional();
    }

    private record FeatureRef(String source, String id) {
    }

    private record FeatureKey(String source, char kind, LocalDate period, String feature) {
    }

    private record HistogramKey(char kind, LocalDate period, int mask) {
    }

    private static final class FeatureCount {
        int passages;
        int mentions;
        double confidence;
        final Set<Long> articles = new HashSet<>();
    }

    /** One passage's links: mentions per feature (and their summed confidence) and per class. */
    private static final class PassageLinks {
        final long article;
        final Map<FeatureRef, Integer> counts = new LinkedHashMap<>();
        final Map<FeatureRef, Double> confidence = new HashMap<>();
        final int[] classes = new int[LinkClass.values().length];

        PassageLinks(long article) {
            this.article = article;
        }

        void add(FeatureRef feature, LinkClass linkClass, double mentionConfidence) {
            counts.merge(feature, 1, Integer::sum);
            confidence.merge(feature, mentionConfidence, Double::sum);
            classes[linkClass.ordinal()]++;
        }

        int mask() {
            int mask = 0;
            for (LinkClass c : LinkClass.values()) {
                if (classes[c.ordinal()] > 0) {
                    mask |= c.bit();
                }
            }
            return mask;
        }
    }
}

package org.newsatlas.article;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.analysis.AnalyzedPassage;
import org.newsatlas.geoparse.Candidate;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.geoparse.TaggedMonth;
import org.newsatlas.store.RowIds;
import org.newsatlas.store.StoredGeometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The analysis of stored passages: their months, the places they mention and the runner-up candidates. */
@Repository
public class MentionRepository {

    /** The most mentions of a place whose candidates are counted for its runners-up. */
    private static final int RUNNERS_UP_SAMPLE = 2_000;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final JdbcClient jdbc;
    private final LinkTallies tallies;
    private final JdbcTemplate template;
    private final RowIds ids;
    /**
     * Place rows committed by this process, by gazetteer id, so a bulk import does not look up (and compare) the
     * same place row for every article that mentions it.
     */
    private final Map<String, CurrentPlace> committed = new ConcurrentHashMap<>();

    public MentionRepository(JdbcClient jdbc, JdbcTemplate template, RowIds ids, LinkTallies tallies) {
        this.tallies = tallies;
        this.jdbc = jdbc;
        this.template = template;
        this.ids = ids;
    }

    /**
     * Stores the months and mentions of an article's dated passages (by stored passage id), in a few batched
     * statements; the ids of all its mentions are reserved at once. The month rows carry the passage's place in
     * the order of pages (the article's date and id, the passage's ordinal; schema V12).
     */
    public void insertAnalysis(long articleId, LocalDate published, Map<Long, AnalyzedPassage> passages) {
        Date articleDate = published == null ? null : Date.valueOf(published);
        Map<String, Long> placeIds = new HashMap<>();
        List<Object[]> months = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> candidates = new ArrayList<>();
        int mentionCount = passages.values().stream().mapToInt(p -> p.mentions().size()).sum();
        long mentionId = mentionCount == 0 ? 0 : ids.reserve("mention", mentionCount) - 1;
        for (Map.Entry<Long, AnalyzedPassage> entry : passages.entrySet()) {
            long passageId = entry.getKey();
            AnalyzedPassage passage = entry.getValue();
            for (TaggedMonth month : passage.tagged()) {
                months.add(new Object[] {passageId, Date.valueOf(month.month().atDay(1)), passage.fallbackMonth(),
                        month.precision().label(), articleId, articleDate, passage.span().ordinal()});
            }
            for (LocatedMention m : passage.mentions()) {
                long placeId = placeId(m.place(), placeIds);
                mentionId++;
                rows.add(new Object[] {mentionId, passageId, m.start(), m.end(), truncate(m.text(), 300), placeId,
                        m.associative(), m.confidence(), m.decidedBy(), truncate(m.reason(), 1000)});
                int rank = 0;
                for (Candidate c : m.runnersUp()) {
                    candidates.add(new Object[] {mentionId, ++rank, placeId(c.place(), placeIds), c.score()});
                }
            }
        }
        batch("INSERT INTO passage_month (passage_id, ym, fallback, time_precision, article_id, published, ordinal)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", months);
        batch("""
                INSERT INTO mention (id, passage_id, start_offset, end_offset, surface, place_id, associative,
                                     confidence, decided_by, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batch("INSERT INTO mention_candidate (mention_id, rank, place_id, score) VALUES (?, ?, ?, ?)", candidates);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows);
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

    /** [start, end) of the article's place mentions whose text is exactly {@code surface}, in text order. */
    public List<int[]> spansNamed(long articleId, String surface) {
        return jdbc.sql("""
                SELECT m.start_offset, m.end_offset FROM mention m JOIN passage p ON p.id = m.passage_id
                WHERE p.article_id = ? AND m.surface = ? AND m.place_id IS NOT NULL ORDER BY m.start_offset""")
                .params(articleId, surface).query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
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

    /**
     * How the mentions of the place with this gazetteer id were resolved; empty when none is stored. The count, the
     * mean confidence and the deciding pass are over all its mentions, in one pass per pass name (for a place of
     * more than {@value #RUNNERS_UP_SAMPLE} mentions: count and confidence from its tally, the deciding pass the
     * most frequent in a sample of that many); the runners-up
     * (most frequent first) over at most {@value #RUNNERS_UP_SAMPLE} of them: joining every mention's candidates
     * took most of a second for the United States at 100k articles, and more mentions do not change the top three.
     */
    public java.util.Optional<PlaceResolution> resolutionOf(String gazetteerId,
                                                            java.util.function.Function<PlaceChoice, String> label) {
        return resolutionOf(gazetteerId, label, RUNNERS_UP_SAMPLE);
    }

    /** As {@link #resolutionOf(String, java.util.function.Function)}, from the tally above {@code tallyAbove} mentions. */
    java.util.Optional<PlaceResolution> resolutionOf(String gazetteerId,
                                                     java.util.function.Function<PlaceChoice, String> label,
                                                     int tallyAbove) {
        java.util.Optional<Long> placeRow = jdbc.sql("SELECT id FROM place WHERE gazetteer_id = ?")
                .param(gazetteerId).query(Long.class).optional();
        if (placeRow.isEmpty()) {
            return java.util.Optional.empty();
        }
        record ByPass(String decidedBy, int mentions, double confidenceSum, int confidences) {
        }
        // a place of many mentions: count and confidence from its all-time tally (schema V9, V15), the deciding
        // pass from a sample; reading all 104,053 mentions of the United States at 100k articles took a second
        java.util.Optional<LinkTallies.PlaceTally> tally = tallies.placeAllTime(gazetteerId);
        if (tally.isPresent() && tally.get().mentions() > tallyAbove) {
            String decidedBy = jdbc.sql("""
                    SELECT decided_by FROM (SELECT decided_by FROM mention WHERE place_id = ?
                        FETCH FIRST %d ROWS ONLY) m
                    GROUP BY decided_by ORDER BY COUNT(*) DESC, decided_by FETCH FIRST 1 ROW ONLY"""
                    .formatted(RUNNERS_UP_SAMPLE)).param(placeRow.get()).query(String.class).optional().orElse(null);
            return java.util.Optional.of(new PlaceResolution(tally.get().mentions(),
                    tally.get().confidenceSum() / tally.get().mentions(), decidedBy, runnersUp(placeRow.get(), label)));
        }
        List<ByPass> byPass = jdbc.sql("""
                SELECT decided_by, COUNT(*), SUM(confidence), COUNT(confidence) FROM mention WHERE place_id = ?
                GROUP BY decided_by ORDER BY COUNT(*) DESC, decided_by""")
                .param(placeRow.get())
                .query((rs, row) -> new ByPass(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4))).list();
        int mentions = byPass.stream().mapToInt(ByPass::mentions).sum();
        if (mentions == 0) {
            return java.util.Optional.empty();
        }
        int confidences = byPass.stream().mapToInt(ByPass::confidences).sum();
        double meanConfidence = confidences == 0 ? 0
                : byPass.stream().mapToDouble(ByPass::confidenceSum).sum() / confidences;
        return java.util.Optional.of(new PlaceResolution(mentions, meanConfidence, byPass.get(0).decidedBy(),
                runnersUp(placeRow.get(), label)));
    }

    /** The place's most frequent runners-up over a sample of its mentions, labelled. */
    private List<String> runnersUp(long placeRow, java.util.function.Function<PlaceChoice, String> label) {
        return jdbc.sql("""
                SELECT r.gazetteer_id, r.name, r.kind, r.country_code, COUNT(*) AS n
                FROM (SELECT id FROM mention WHERE place_id = :place FETCH FIRST :sample ROWS ONLY) m
                JOIN mention_candidate c ON c.mention_id = m.id JOIN place r ON r.id = c.place_id
                WHERE r.id <> :place
                GROUP BY r.id, r.gazetteer_id, r.name, r.kind, r.country_code ORDER BY n DESC, r.name LIMIT 3""")
                .param("place", placeRow).param("sample", RUNNERS_UP_SAMPLE)
                .query((rs, row) -> label.apply(new PlaceChoice(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))))
                .list();
    }

    /**
     * The row id of this gazetteer place, stored on first mention; a stored row the gazetteer has changed since
     * (a new gazetteer, then reprocessing) is brought up to date, and one that has not is not written again.
     */
    private long placeId(Place place, Map<String, Long> cache) {
        return cache.computeIfAbsent(place.id(), id -> {
            CurrentPlace current = committed.get(id);
            if (current != null && current.place().equals(place)) {
                return current.rowId();
            }
            long rowId = storePlace(id, place);
            rememberOnCommit(new CurrentPlace(rowId, place));
            return rowId;
        });
    }

    /** A place row as committed: its row id and the gazetteer's place it was last written from. */
    private record CurrentPlace(long rowId, Place place) {
    }

    /**
     * Remembers a place row once its transaction commits (a rolled-back insert is never remembered, nor one made
     * in a savepoint that was rolled back, or after a savepoint that was); place rows are never deleted, so a
     * remembered row stays valid while the gazetteer place is the same.
     */
    private void rememberOnCommit(CurrentPlace row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean rolledBack;

            @Override
            public void savepointRollback(Object savepoint) {
                rolledBack = true;
            }

            @Override
            public void afterCommit() {
                if (!rolledBack) {
                    committed.put(row.place().id(), row);
                }
            }
        });
    }

    private long storePlace(String id, Place place) {
        String name = truncate(place.name(), 300);
        String kind = place.kind().name().toLowerCase(Locale.ROOT);
        Optional<Long> stored = jdbc.sql("SELECT id FROM place WHERE gazetteer_id = ?").param(id)
                .query(Long.class).optional();
        if (stored.isPresent()) {
            jdbc.sql("""
                    UPDATE place SET name = ?, kind = ?, country_code = ?, admin1_code = ?, population = ?,
                        geom = CAST(? AS GEOMETRY)
                    WHERE id = ? AND (name IS DISTINCT FROM ? OR kind IS DISTINCT FROM ?
                          OR country_code IS DISTINCT FROM ? OR admin1_code IS DISTINCT FROM ?
                          OR population IS DISTINCT FROM ? OR geom IS DISTINCT FROM CAST(? AS GEOMETRY))""")
                    .params(name, kind, place.countryCode(), place.admin1Key(), place.population(), point(place),
                            stored.get(), name, kind, place.countryCode(), place.admin1Key(), place.population(),
                            point(place))
                    .update();
            return stored.get();
        }
        long placeId = ids.next("place");
        jdbc.sql("""
                INSERT INTO place (id, gazetteer_id, name, kind, country_code, admin1_code, population, geom)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS GEOMETRY))""")
                .params(placeId, id, name, kind, place.countryCode(), place.admin1Key(), place.population(),
                        point(place))
                .update();
        return placeId;
    }

    /** The place's point as a {@link StoredGeometry} parameter. */
    private static byte[] point(Place place) {
        return StoredGeometry.parameter(WGS84.createPoint(new Coordinate(place.lon(), place.lat())));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

package org.newsatlas.layer;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.article.MentionCorrection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The passages behind a feature, with the article they come from and where the feature is mentioned. */
@Repository
public class FeaturePassageRepository {

    private final JdbcClient jdbc;
    private final LayerMentionRepository links;

    public FeaturePassageRepository(JdbcClient jdbc, LayerMentionRepository links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    /**
     * A page of the passages linked to {@code linkKey} that count in the window (oldest article first, then in
     * text order), with the totals of all of them. Only the page's passages are read with their text.
     */
    public FeaturePassagePage page(LayerMentionRepository.Source source, String linkKey, MonthWindow window,
                                   long offset, int limit) {
        LayerMentionRepository.LinkedPassages linked = links.linkedPassages(source, linkKey, window, offset, limit);
        if (linked.total() == 0) {
            return FeaturePassagePage.EMPTY;
        }
        return new FeaturePassagePage(linked.total(), linked.articles(), offset,
                passages(source, linkKey, linked.pageIds()));
    }

    /** The given passages (oldest article first, then in text order), with the feature's mention spans. */
    private List<FeaturePassage> passages(LayerMentionRepository.Source source, String linkKey, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FeaturePassage.Span>> spans = spans(source, linkKey, ids);
        Map<Long, List<YearMonth>> months = new HashMap<>();
        Map<Long, List<String>> precisions = new HashMap<>();
        monthsOf(ids, months, precisions);
        return jdbc.sql("""
                SELECT p.id, p.article_id, p.start_offset, p.end_offset, a.title, a.outlet, a.published,
                       SUBSTRING(a.original_text, p.start_offset + 1, p.end_offset - p.start_offset)
                FROM passage p JOIN article a ON a.id = p.article_id
                WHERE p.id IN (:ids) ORDER BY a.published NULLS FIRST, a.id, p.ordinal""")
                .param("ids", ids)
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    int start = rs.getInt(3);
                    Date published = rs.getDate(7);
                    List<FeaturePassage.Span> within = spans.getOrDefault(id, List.of()).stream()
                            .map(s -> new FeaturePassage.Span(s.start() - start, s.end() - start, s.corrected()))
                            .toList();
                    return new FeaturePassage(rs.getLong(2), rs.getString(5), rs.getString(6),
                            published == null ? null : published.toLocalDate(), id, start, rs.getInt(4),
                            rs.getString(8), months.getOrDefault(id, List.of()),
                            precisions.getOrDefault(id, List.of()), within);
                })
                .list();
    }

    /** The months each passage is tagged with, oldest first, and how finely its text pinned each down. */
    private void monthsOf(List<Long> ids, Map<Long, List<YearMonth>> months, Map<Long, List<String>> precisions) {
        jdbc.sql("SELECT passage_id, ym, time_precision FROM passage_month WHERE passage_id IN (:ids)"
                        + " ORDER BY passage_id, ym")
                .param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong(1);
                    months.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(YearMonth.from(rs.getObject(2, Date.class).toLocalDate()));
                    precisions.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(3));
                });
    }

    /**
     * Spans in the article's text, by passage: the passages' mentions read by passage id and kept when they are the
     * feature's (with the feature in the WHERE clause, H2 read every mention of the feature through its index and
     * tested each against the ids: 104,053 rows for a page of the United States at 100k articles).
     */
    private Map<Long, List<FeaturePassage.Span>> spans(LayerMentionRepository.Source source, String linkKey, List<Long> ids) {
        String sql = switch (source) {
            case PLACE -> "SELECT m.passage_id, m.start_offset, m.end_offset, m.decided_by = '"
                    + MentionCorrection.DECIDED_BY + "', p.gazetteer_id"
                    + " FROM mention m JOIN place p ON p.id = m.place_id WHERE m.passage_id IN (:ids)";
            case EXERCISE -> "SELECT passage_id, start_offset, end_offset, FALSE, exercise_id FROM exercise_mention"
                    + " WHERE passage_id IN (:ids)";
            case BORDER -> "SELECT passage_id, start_offset, end_offset, FALSE, border_id FROM border_mention"
                    + " WHERE passage_id IN (:ids)";
        };
        Map<Long, List<FeaturePassage.Span>> spans = new HashMap<>();
        jdbc.sql(sql + " ORDER BY 1, 2").param("ids", ids).query(rs -> {
            if (linkKey.equals(rs.getString(5))) {
                spans.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new FeaturePassage.Span(rs.getInt(2), rs.getInt(3), rs.getBoolean(4)));
            }
        });
        return spans;
    }
}

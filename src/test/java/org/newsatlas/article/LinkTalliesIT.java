package org.newsatlas.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.ArticleSource;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.layer.LayerMentionRepository;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.LinkCount;
import org.newsatlas.layer.MonthCount;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.layer.YearCount;
import org.newsatlas.support.NewsCorpus;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tallies stay equal to counting the links afresh through every way the links change: the seed import, a
 * batch of generated articles, deletions, re-analyses and corrections; a rebuild gives the same rows; the layer
 * counts of months, years, all time (tallied) and of other ranges (counted) and the histogram of any choice of layers
 * agree with SQL over the link tables.
 */
@SpringBootTest
class LinkTalliesIT {

    private static final Path DATA = TempDataDir.create("link-tallies");
    private static final NewsCorpus CORPUS = NewsCorpus.fromSharedEval(41);

    @Autowired
    ArticleImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleReprocessor reprocessor;
    @Autowired
    MentionCorrectionService corrections;
    @Autowired
    LinkTallies tallies;
    @Autowired
    LayerMentionRepository links;
    @Autowired
    LayerService layers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    private long lastVersion = -1;

    @Test
    void the_tallies_are_the_links_counted_afresh_after_imports_deletions_reanalyses_and_corrections() {
        assertThat(articles.articleIds()).as("the seed articles").hasSizeGreaterThanOrEqualTo(5);
        List<ArticleSource> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sources.add(ArticleSource.of(CORPUS.article(i).fileName(), CORPUS.article(i).html().getBytes(UTF_8)));
        }
        List<Long> imported = importer.importSources(sources, p -> { }).files().stream()
                .filter(f -> f.result() == FileOutcome.Result.IMPORTED).map(FileOutcome::articleId).toList();
        assertThat(imported).hasSize(40);
        assertTalliesAreCountedAfresh("after the imports");

        articles.delete(imported.get(0));
        articles.delete(imported.get(17));
        reprocessor.reprocess(imported.get(5));
        reprocessor.reprocess(articles.articleIds().get(0));
        // a person says a mention is no place, and moves another to a different place
        List<Map<String, Object>> mentions = jdbc.sql("""
                SELECT p.article_id, m.start_offset, m.end_offset FROM mention m JOIN passage p ON p.id = m.passage_id
                WHERE m.place_id IS NOT NULL ORDER BY p.article_id, m.start_offset LIMIT 2""").query().listOfRows();
        Map<String, Object> first = mentions.get(0);
        corrections.markNotAPlace(((Number) first.get("ARTICLE_ID")).longValue(),
                ((Number) first.get("START_OFFSET")).intValue(), ((Number) first.get("END_OFFSET")).intValue());
        Map<String, Object> second = mentions.get(1);
        corrections.reassign(((Number) second.get("ARTICLE_ID")).longValue(),
                ((Number) second.get("START_OFFSET")).intValue(), ((Number) second.get("END_OFFSET")).intValue(),
                "country:IS");
        assertTalliesAreCountedAfresh("after deletions, re-analyses and corrections");

        List<String> kept = rows();
        tallies.rebuild();
        assertThat(rows()).as("rebuilt").isEqualTo(kept);

        // tallies of another format or capitals list (or none, before V9's first start) are counted again at start
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("UPDATE tally_state SET fingerprint = 'tallies-0/capitals:old'").update();
            jdbc.sql("DELETE FROM feature_tally WHERE period_kind = 'M'").update();
        });
        tallies.afterSingletonsInstantiated();
        assertThat(rows()).as("rebuilt at start").isEqualTo(kept);
    }

    private void assertTalliesAreCountedAfresh(String when) {
        assertThat(rows()).as(when).isEqualTo(countedAfresh());
        // the layers' cache key moved on, and the corpus size it carries is the place mentions stored
        long version = jdbc.sql("SELECT version FROM corpus_version").query(Long.class).single();
        assertThat(version).as(when + ": corpus version").isGreaterThan(lastVersion);
        lastVersion = version;
        assertThat(jdbc.sql("SELECT mentions FROM corpus_version").query(Long.class).single()).as(when)
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM mention WHERE place_id IS NOT NULL").query(Long.class)
                        .single());
        for (LayerMentionRepository.Source source : LayerMentionRepository.Source.values()) {
            List<MonthWindow> windows = new ArrayList<>(List.of(MonthWindow.ALL_TIME));
            List<YearMonth> months = jdbc.sql("SELECT DISTINCT ym FROM passage_month ORDER BY ym")
                    .query(Date.class).list().stream().map(d -> YearMonth.from(d.toLocalDate())).toList();
            months.forEach(m -> windows.add(MonthWindow.of(m)));
            months.stream().map(YearMonth::getYear).distinct()
                    .forEach(y -> windows.add(MonthWindow.between(YearMonth.of(y, 1), YearMonth.of(y, 12))));
            // ranges the tallies do not hold: counted over the links
            windows.add(MonthWindow.between(YearMonth.of(2021, 6), YearMonth.of(2021, 9)));
            windows.add(MonthWindow.between(YearMonth.of(2014, 3), YearMonth.of(2019, 2)));
            for (MonthWindow window : windows) {
                assertThat(rounded(links.counts(source, window))).as(when + ": " + source + " " + window)
                        .isEqualTo(rounded(countsAfresh(source, window)));
            }
        }
        // a feature's passages in a window: totals from the tallies (or counted, for other ranges), pages in article
        // order as SQL sorts them; the busiest place's months and years are read month by month in the month
        // index's order, a rarer place's and long ranges from the links
        String busiest = jdbc.sql("SELECT pl.gazetteer_id FROM mention m JOIN place pl ON pl.id = m.place_id"
                + " GROUP BY pl.gazetteer_id ORDER BY COUNT(DISTINCT m.passage_id) DESC, pl.gazetteer_id LIMIT 1")
                .query(String.class).single();
        String middling = jdbc.sql("SELECT pl.gazetteer_id FROM mention m JOIN place pl ON pl.id = m.place_id"
                + " GROUP BY pl.gazetteer_id HAVING COUNT(DISTINCT m.passage_id) >= 6"
                + " ORDER BY COUNT(DISTINCT m.passage_id), pl.gazetteer_id LIMIT 1").query(String.class).single();
        List<YearMonth[]> ranges = new ArrayList<>();
        jdbc.sql("SELECT DISTINCT ym FROM passage_month ORDER BY 1").query(Date.class).list().stream()
                .map(d -> YearMonth.from(d.toLocalDate()))
                .forEach(month -> ranges.add(new YearMonth[] {month, month}));
        ranges.stream().map(r -> r[0].getYear()).distinct().toList()
                .forEach(y -> ranges.add(new YearMonth[] {YearMonth.of(y, 1), YearMonth.of(y, 12)}));
        ranges.add(new YearMonth[] {YearMonth.of(2021, 6), YearMonth.of(2021, 9)});
        ranges.add(new YearMonth[] {YearMonth.of(2014, 3), YearMonth.of(2019, 2)});
        for (String place : List.of(busiest, middling)) {
            for (YearMonth[] range : ranges) {
                MonthWindow window = MonthWindow.between(range[0], range[1]);
                List<Long> sorted = jdbc.sql("SELECT p.id FROM passage p JOIN article a ON a.id = p.article_id"
                                + " WHERE EXISTS (SELECT 1 FROM mention m JOIN place pl ON pl.id = m.place_id"
                                + " WHERE m.passage_id = p.id AND pl.gazetteer_id = ?)"
                                + " AND EXISTS (SELECT 1 FROM passage_month pm WHERE pm.passage_id = p.id"
                                + " AND pm.ym BETWEEN ? AND ?) ORDER BY a.published, a.id, p.ordinal")
                        .params(place, range[0].atDay(1), range[1].atDay(1)).query(Long.class).list();
                String what = when + ": passages of " + place + " in " + window;
                LayerMentionRepository.LinkedPassages all = links.linkedPassages(LayerMentionRepository.Source.PLACE,
                        place, window, 0, 1000);
                assertThat(all.pageIds()).as(what).isEqualTo(sorted);
                assertThat(all.total()).as(what).isEqualTo(sorted.size());
                for (int offset : List.of(0, 2, 7)) {
                    assertThat(links.linkedPassages(LayerMentionRepository.Source.PLACE, place, window, offset, 3)
                            .pageIds()).as(what + " from " + offset).isEqualTo(
                                    sorted.subList(Math.min(offset, sorted.size()), Math.min(offset + 3, sorted.size())));
                }
            }
        }
        // all time: the busiest place's first pages are found by walking the articles in order, a rare place's by
        // sorting its passages; pages at every offset, as SQL sorts them
        String rare = jdbc.sql("SELECT pl.gazetteer_id FROM mention m JOIN place pl ON pl.id = m.place_id"
                + " GROUP BY pl.gazetteer_id HAVING COUNT(DISTINCT m.passage_id) >= 3"
                + " ORDER BY COUNT(DISTINCT m.passage_id), pl.gazetteer_id LIMIT 1").query(String.class).single();
        for (String place : List.of(busiest, rare)) {
            List<Long> sorted = jdbc.sql("SELECT p.id FROM passage p JOIN article a ON a.id = p.article_id"
                            + " WHERE EXISTS (SELECT 1 FROM mention m JOIN place pl ON pl.id = m.place_id"
                            + " WHERE m.passage_id = p.id AND pl.gazetteer_id = ?) ORDER BY a.published, a.id, p.ordinal")
                    .params(place).query(Long.class).list();
            for (int offset = 0; offset <= sorted.size(); offset += 1) {
                for (int limit : List.of(1, 3, 10)) {
                    assertThat(links.linkedPassages(LayerMentionRepository.Source.PLACE, place, MonthWindow.ALL_TIME,
                            offset, limit).pageIds()).as(when + ": all-time passages of " + place + " from " + offset
                                    + ", " + limit).isEqualTo(sorted.subList(offset, Math.min(sorted.size(), offset + limit)));
                }
            }
        }
        List<Set<LayerName>> choices = new ArrayList<>();
        for (LayerName layer : LayerName.values()) {
            choices.add(EnumSet.of(layer));
        }
        choices.add(EnumSet.of(LayerName.CAPITALS, LayerName.PLACES));
        choices.add(EnumSet.of(LayerName.COUNTRIES, LayerName.BORDERS, LayerName.EXERCISE_SITES));
        choices.add(EnumSet.allOf(LayerName.class));
        for (Set<LayerName> choice : choices) {
            assertThat(layers.months(List.copyOf(choice))).as(when + ": months of " + choice)
                    .isEqualTo(histogramAfresh(choice, false).entrySet().stream().map(e -> new MonthCount(
                            YearMonth.parse(e.getKey()), e.getValue()[0], e.getValue()[1])).toList());
            assertThat(layers.years(List.copyOf(choice))).as(when + ": years of " + choice)
                    .isEqualTo(histogramAfresh(choice, true).entrySet().stream().map(e -> new YearCount(
                            Integer.parseInt(e.getKey()), e.getValue()[0], e.getValue()[1])).toList());
        }
    }

    /** Every tally row as text, in one order. */
    private List<String> rows() {
        List<String> rows = new ArrayList<>(jdbc.sql("""
                SELECT source || ' ' || period_kind || ' ' || period || ' ' || feature || ' ' || passages || ' '
                       || mentions || ' ' || articles || ' ' || CAST(ROUND(CAST(confidence_sum AS DECIMAL(30, 10)), 4) AS DECIMAL(20, 4))
                FROM feature_tally ORDER BY 1""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT period_kind || ' ' || period || ' ' || mask || ' ' || passages || ' ' || exercises || ' '
                       || borders || ' ' || countries || ' ' || capitals || ' ' || other_places
                FROM histogram_tally ORDER BY 1""").query(String.class).list());
        return rows;
    }

    /** The feature rows counted from the link tables, and the histogram rows as the tallies' rows would be. */
    private List<String> countedAfresh() {
        String links = """
                SELECT 'PLACE' AS source, m.passage_id, pl.gazetteer_id AS feature, m.confidence FROM mention m
                    JOIN place pl ON pl.id = m.place_id
                UNION ALL SELECT 'EXERCISE', passage_id, exercise_id, 0 FROM exercise_mention
                    WHERE exercise_id IS NOT NULL
                UNION ALL SELECT 'BORDER', passage_id, border_id, 0 FROM border_mention""";
        List<String> rows = new ArrayList<>(jdbc.sql("""
                SELECT source || ' A 0001-01-01 ' || feature || ' ' || COUNT(DISTINCT l.passage_id) || ' ' || COUNT(*)
                       || ' ' || COUNT(DISTINCT p.article_id) || ' ' || %4$s
                FROM (%s) l JOIN passage p ON p.id = l.passage_id GROUP BY source, feature
                UNION ALL
                SELECT source || ' M ' || pm.ym || ' ' || feature || ' ' || COUNT(DISTINCT l.passage_id) || ' '
                       || COUNT(*) || ' ' || COUNT(DISTINCT p.article_id) || ' ' || %4$s
                FROM (%s) l JOIN passage p ON p.id = l.passage_id JOIN passage_month pm ON pm.passage_id = l.passage_id
                GROUP BY source, pm.ym, feature
                UNION ALL
                SELECT source || ' Y ' || y.y || '-01-01 ' || feature || ' ' || COUNT(DISTINCT l.passage_id) || ' '
                       || COUNT(*) || ' ' || COUNT(DISTINCT p.article_id) || ' ' || %4$s
                FROM (%s) l JOIN passage p ON p.id = l.passage_id
                JOIN (SELECT DISTINCT passage_id, EXTRACT(YEAR FROM ym) AS y FROM passage_month) y
                    ON y.passage_id = l.passage_id
                GROUP BY source, y.y, feature ORDER BY 1""".formatted(links, links, links,
                "CAST(ROUND(CAST(SUM(l.confidence) AS DECIMAL(30, 10)), 4) AS DECIMAL(20, 4))"))
                .query(String.class).list());
        // the histogram rows: each linked passage's class counts, per month and per year
        Map<Long, int[]> classes = new HashMap<>();
        Set<String> capitals = Set.copyOf(layers.layer(LayerName.CAPITALS).linkKeys());
        jdbc.sql(links).query(rs -> {
            String source = rs.getString(1);
            String feature = rs.getString(3);
            int c = switch (source) {
                case "EXERCISE" -> 0;
                case "BORDER" -> 1;
                default -> feature.startsWith("country:") ? 2 : capitals.contains(feature) ? 3 : 4;
            };
            classes.computeIfAbsent(rs.getLong(2), k -> new int[5])[c]++;
        });
        Map<String, int[]> histogram = new TreeMap<>();
        jdbc.sql("SELECT passage_id, ym FROM passage_month").query(rs -> {
            int[] counts = classes.get(rs.getLong(1));
            if (counts != null) {
                String month = rs.getDate(2).toLocalDate().toString();
                histogramRow(histogram, "M " + month, counts);
            }
        });
        jdbc.sql("SELECT DISTINCT passage_id, EXTRACT(YEAR FROM ym) FROM passage_month").query(rs -> {
            int[] counts = classes.get(rs.getLong(1));
            if (counts != null) {
                histogramRow(histogram, "Y " + rs.getInt(2) + "-01-01", counts);
            }
        });
        List<String> all = new ArrayList<>(rows.stream().sorted().toList());
        histogram.forEach((key, sums) -> {
            StringBuilder row = new StringBuilder(key.substring(0, key.lastIndexOf(' '))).append(' ')
                    .append(key.substring(key.lastIndexOf(' ') + 1));
            for (int s : sums) {
                row.append(' ').append(s);
            }
            all.add(row.toString());
        });
        return all;
    }

    private static void histogramRow(Map<String, int[]> histogram, String period, int[] counts) {
        int mask = 0;
        for (int i = 0; i < counts.length; i++) {
            mask |= counts[i] > 0 ? 1 << i : 0;
        }
        int[] sums = histogram.computeIfAbsent(period + " " + mask, k -> new int[6]);
        sums[0]++;
        for (int i = 0; i < counts.length; i++) {
            sums[i + 1] += counts[i];
        }
    }

    /** The counts with their confidence sums to four places (sums of the same numbers in another order differ). */
    private static Map<String, LinkCount> rounded(Map<String, LinkCount> counts) {
        Map<String, LinkCount> rounded = new HashMap<>();
        counts.forEach((key, c) -> rounded.put(key, new LinkCount(c.passages(), c.mentions(),
                Math.round(c.confidenceSum() * 10_000) / 10_000.0)));
        return rounded;
    }

    /** Feature key to distinct passages, mentions and their confidence within the window, over the link tables. */
    private Map<String, LinkCount> countsAfresh(LayerMentionRepository.Source source, MonthWindow window) {
        String rows = switch (source) {
            case PLACE -> "SELECT m.passage_id, pl.gazetteer_id AS feature, m.confidence FROM mention m"
                    + " JOIN place pl ON pl.id = m.place_id";
            case EXERCISE -> "SELECT passage_id, exercise_id AS feature, 0 AS confidence FROM exercise_mention"
                    + " WHERE exercise_id IS NOT NULL";
            case BORDER -> "SELECT passage_id, border_id AS feature, 0 AS confidence FROM border_mention";
        };
        String inWindow = window.isAllTime() ? "" : " WHERE l.passage_id IN (SELECT passage_id FROM passage_month"
                + " WHERE ym >= DATE '" + window.from().atDay(1) + "' AND ym <= DATE '" + window.to().atDay(1) + "')";
        Map<String, LinkCount> counts = new HashMap<>();
        jdbc.sql("SELECT feature, COUNT(DISTINCT passage_id), COUNT(*), SUM(confidence) FROM (" + rows + ") l"
                + inWindow + " GROUP BY feature").query(rs -> {
            counts.put(rs.getString(1), new LinkCount(rs.getInt(2), rs.getInt(3), rs.getDouble(4)));
        });
        return counts;
    }

    /** Period ("2021-08" or "2021") to distinct passages with a link of the layers' classes, and those links. */
    private Map<String, int[]> histogramAfresh(Set<LayerName> layers, boolean byYear) {
        Set<String> capitals = Set.copyOf(this.layers.layer(LayerName.CAPITALS).linkKeys());
        Map<Long, Integer> linksOfPassage = new HashMap<>();
        jdbc.sql("""
                SELECT 'PLACE', m.passage_id, pl.gazetteer_id FROM mention m JOIN place pl ON pl.id = m.place_id
                UNION ALL SELECT 'EXERCISE', passage_id, exercise_id FROM exercise_mention WHERE exercise_id IS NOT NULL
                UNION ALL SELECT 'BORDER', passage_id, border_id FROM border_mention""").query(rs -> {
            String feature = rs.getString(3);
            LayerName layer = switch (rs.getString(1)) {
                case "EXERCISE" -> LayerName.EXERCISE_SITES;
                case "BORDER" -> LayerName.BORDERS;
                default -> feature.startsWith("country:") ? LayerName.COUNTRIES
                        : capitals.contains(feature) ? LayerName.CAPITALS : LayerName.PLACES;
            };
            if (layers.contains(layer)) {
                linksOfPassage.merge(rs.getLong(2), 1, Integer::sum);
            }
        });
        Map<String, int[]> histogram = new TreeMap<>();
        Set<String> counted = new java.util.HashSet<>();
        jdbc.sql("SELECT passage_id, ym FROM passage_month").query(rs -> {
            Integer n = linksOfPassage.get(rs.getLong(1));
            java.time.LocalDate month = rs.getDate(2).toLocalDate();
            String period = byYear ? String.valueOf(month.getYear()) : YearMonth.from(month).toString();
            if (n != null && counted.add(rs.getLong(1) + " " + period)) {
                int[] sums = histogram.computeIfAbsent(period, k -> new int[2]);
                sums[0]++;
                sums[1] += n;
            }
        });
        return histogram;
    }
}

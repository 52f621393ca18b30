package org.newsatlas.article.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ArticleService;
import org.newsatlas.support.NewsCorpus;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A batch is analysed on several threads at once and stored one article at a time: the outcomes, the progress and
 * the stored rows come in the batch's order, copies within the batch are duplicates, a bad file is reported in its
 * place, and every article's places are exactly those that storing it on its own gives.
 */
@SpringBootTest(properties = {"newsatlas.seed.enabled=false", "newsatlas.import.threads=3"})
class ImportPipelineIT {

    private static final Path DATA = TempDataDir.create("import-pipeline");
    private static final NewsCorpus CORPUS = NewsCorpus.fromSharedEval(29);
    /** Enough files that several are analysed while one is stored (three threads, twelve ahead). */
    private static final int ARTICLES = 30;

    @Autowired
    ArticleImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void a_batch_analysed_in_parallel_is_stored_and_reported_in_order_with_its_duplicates_and_failures() {
        List<ArticleSource> sources = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            NewsCorpus.GeneratedArticle article = CORPUS.article(i);
            sources.add(ArticleSource.of(article.fileName(), article.html().getBytes(UTF_8)));
            if (i == 4) {
                // the same text again right behind it: both are analysed before either is stored
                sources.add(ArticleSource.of("copy-of-4.html", article.html().getBytes(UTF_8)));
            }
            if (i == 9) {
                sources.add(ArticleSource.of("broken.txt",
                        "Storm warning\n\nA storm reached the coast.\u0000\u0000 More text follows.".getBytes(UTF_8)));
            }
        }
        List<ImportProgress> progress = new CopyOnWriteArrayList<>();

        ImportReport report = importer.importSources(sources, progress::add);

        assertThat(report.files()).extracting(FileOutcome::source)
                .containsExactlyElementsOf(sources.stream().map(ArticleSource::name).toList());
        assertThat(progress).extracting(ImportProgress::done)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, sources.size()).boxed().toList());
        assertThat(progress).extracting(p -> p.latest().source())
                .containsExactlyElementsOf(sources.stream().map(ArticleSource::name).toList());
        assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(sources.size()));

        FileOutcome original = outcome(report, CORPUS.article(4).fileName());
        FileOutcome copy = outcome(report, "copy-of-4.html");
        assertThat(original.result()).isEqualTo(FileOutcome.Result.IMPORTED);
        assertThat(copy.result()).isEqualTo(FileOutcome.Result.DUPLICATE);
        assertThat(copy.articleId()).isEqualTo(original.articleId());
        FileOutcome broken = outcome(report, "broken.txt");
        assertThat(broken.result()).isEqualTo(FileOutcome.Result.FAILED);
        assertThat(broken.message()).contains("NUL bytes");

        List<FileOutcome> imported = report.files().stream()
                .filter(f -> f.result() == FileOutcome.Result.IMPORTED).toList();
        assertThat(imported).hasSize(ARTICLES);
        assertThat(jdbc.sql("SELECT source_name FROM article ORDER BY id").query(String.class).list())
                .containsExactlyElementsOf(imported.stream().map(FileOutcome::source).toList());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mention").query(Long.class).single()).isPositive();

        // stored again on its own (deleted, imported alone), an article gets the very same places, months and layer
        // links: the first, the duplicated one, the last and two that speak of borders
        List<String> again = new ArrayList<>(List.of(CORPUS.article(0).fileName(), CORPUS.article(4).fileName(),
                CORPUS.article(ARTICLES - 1).fileName()));
        again.addAll(jdbc.sql("""
                SELECT a.source_name FROM article a WHERE EXISTS (SELECT 1 FROM passage p JOIN border_mention b
                    ON b.passage_id = p.id WHERE p.article_id = a.id) ORDER BY a.id LIMIT 2""")
                .query(String.class).list());
        for (String name : again.stream().distinct().toList()) {
            NewsCorpus.GeneratedArticle article = CORPUS.article(Integer.parseInt(name.replaceAll("\\D", "")));
            long id = outcome(report, article.fileName()).articleId();
            List<String> inBatch = placesOf(id);
            List<String> monthsInBatch = monthsOf(id);
            List<String> linksInBatch = linksOf(id);
            assertThat(articles.delete(id)).isTrue();
            FileOutcome alone = importer.importOne(ArticleSource.of(article.fileName(), article.html().getBytes(UTF_8)));
            assertThat(alone.result()).isEqualTo(FileOutcome.Result.IMPORTED);
            assertThat(placesOf(alone.articleId())).isEqualTo(inBatch);
            assertThat(monthsOf(alone.articleId())).isEqualTo(monthsInBatch);
            assertThat(linksOf(alone.articleId())).isEqualTo(linksInBatch);
        }
    }

    private static FileOutcome outcome(ImportReport report, String source) {
        return report.files().stream().filter(f -> f.source().equals(source)).findFirst().orElseThrow();
    }

    /** Every mention of the article: passage, offsets, words and the place it was resolved to. */
    private List<String> placesOf(long articleId) {
        return jdbc.sql("""
                SELECT p.ordinal || ':' || m.start_offset || '-' || m.end_offset || ' ' || m.surface || ' → '
                       || COALESCE(pl.gazetteer_id, '-') || ' ' || m.confidence || ' candidates '
                       || (SELECT COUNT(*) FROM mention_candidate c WHERE c.mention_id = m.id)
                FROM mention m JOIN passage p ON p.id = m.passage_id LEFT JOIN place pl ON pl.id = m.place_id
                WHERE p.article_id = ? ORDER BY p.ordinal, m.start_offset""")
                .param(articleId).query(String.class).list();
    }

    private List<String> monthsOf(long articleId) {
        return jdbc.sql("""
                SELECT p.ordinal || ' ' || pm.ym || ' ' || pm.fallback || ' ' || pm.time_precision
                FROM passage_month pm JOIN passage p ON p.id = pm.passage_id
                WHERE p.article_id = ? ORDER BY p.ordinal, pm.ym""")
                .param(articleId).query(String.class).list();
    }

    /** The layer links: borders and exercise sites each passage speaks of. */
    private List<String> linksOf(long articleId) {
        List<String> links = new ArrayList<>(jdbc.sql("""
                SELECT p.ordinal || ' border ' || b.border_id || ' ' || b.start_offset || ' ' || b.rule
                FROM border_mention b JOIN passage p ON p.id = b.passage_id
                WHERE p.article_id = ? ORDER BY 1""").param(articleId).query(String.class).list());
        links.addAll(jdbc.sql("""
                SELECT p.ordinal || ' exercise ' || COALESCE(e.exercise_id, '-') || ' ' || e.start_offset || ' '
                       || e.rule
                FROM exercise_mention e JOIN passage p ON p.id = e.passage_id
                WHERE p.article_id = ? ORDER BY 1""").param(articleId).query(String.class).list());
        return links;
    }
}

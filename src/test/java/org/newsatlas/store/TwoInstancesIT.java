package org.newsatlas.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.Application;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.MentionCorrectionService;
import org.newsatlas.article.StoredMention;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.ArticleSource;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.ImportReport;
import org.newsatlas.article.ingest.ReprocessReport;
import org.newsatlas.article.ingest.ReprocessService;
import org.newsatlas.search.SearchHit;
import org.newsatlas.search.SearchService;
import org.newsatlas.support.HttpJson;
import org.newsatlas.support.NewsCorpus;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances over one PostgreSQL store, as a team runs them behind a proxy: what one stores the other
 * shows, the same file imported on both at once is stored once, a re-analysis running on one is refused on the
 * other, and corrections made on either survive a re-analysis on the other. Runs in the failsafe execution
 * "postgres" (skipped on H2, which one app opens at a time).
 */
class TwoInstancesIT {

    private static final NewsCorpus CORPUS = NewsCorpus.fromSharedEval(16);
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwo() throws Exception {
        assumeTrue(PostgresTestStore.active(), "two instances share a PostgreSQL store (-Dnewsatlas.test.postgres)");
        String url = PostgresTestStore.databaseFor(TempDataDir.create("two-instances-store").toString());
        // both at once, as a team's servers come up: Flyway's lock lets one create the schema
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(url, "a"));
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(url, "b"));
        a = first.get(5, TimeUnit.MINUTES);
        b = second.get(5, TimeUnit.MINUTES);
    }

    private static ConfigurableApplicationContext start(String url, String name) {
        Path data = TempDataDir.create("two-instances-" + name);
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--newsatlas.data-dir=" + data, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestStore.user(),
                "--spring.datasource.password=" + PostgresTestStore.password(),
                "--newsatlas.seed.enabled=false", "--spring.datasource.hikari.maximum-pool-size=4");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void an_article_imported_on_one_is_on_the_others_map_and_found_by_its_search() throws Exception {
        NewsCorpus.GeneratedArticle article = CORPUS.article(0);
        HttpJson other = new HttpJson(port(b));
        JsonNode before = other.get("/ogc/collections/places/items?limit=1000").body();

        ImportReport report = importOn(a, article.fileName(), article.html());

        assertThat(report.files()).extracting(FileOutcome::result).containsExactly(FileOutcome.Result.IMPORTED);
        long id = report.files().get(0).articleId();
        List<StoredMention> mentions = b.getBean(ArticleService.class).reading(id).orElseThrow().mentions();
        assertThat(mentions).as("the article's places, read on the other instance").isNotEmpty();
        JsonNode after = other.get("/ogc/collections/places/items?limit=1000").body();
        assertThat(HttpJson.ids(after)).containsAll(mentions.stream().map(StoredMention::gazetteerId).toList());
        assertThat(after.path("numberMatched").asInt()).isGreaterThanOrEqualTo(before.path("numberMatched").asInt());
        String word = firstLongWord(article);
        awaitSearch(b, word, id);
    }

    @Test
    void the_same_file_imported_on_both_at_once_is_stored_once_and_the_other_reports_a_duplicate() throws Exception {
        NewsCorpus.GeneratedArticle article = CORPUS.article(1);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<ImportReport> onA = CompletableFuture.supplyAsync(() -> importTogether(a, article, together));
        CompletableFuture<ImportReport> onB = CompletableFuture.supplyAsync(() -> importTogether(b, article, together));
        List<FileOutcome> outcomes = List.of(onA.get(2, TimeUnit.MINUTES).files().get(0),
                onB.get(2, TimeUnit.MINUTES).files().get(0));

        assertThat(outcomes).extracting(FileOutcome::result)
                .containsExactlyInAnyOrder(FileOutcome.Result.IMPORTED, FileOutcome.Result.DUPLICATE);
        assertThat(outcomes).extracting(FileOutcome::articleId).doesNotContainNull().containsOnly(
                outcomes.get(0).articleId());
        assertThat(a.getBean(ArticleService.class).articleIds()).containsOnlyOnce(outcomes.get(0).articleId());
    }

    @Test
    void a_reanalysis_running_on_one_is_refused_on_the_other_and_corrections_made_on_either_survive_it()
            throws Exception {
        NewsCorpus.GeneratedArticle article = CORPUS.article(2);
        long id = importOn(b, article.fileName(), article.html()).files().get(0).articleId();
        List<StoredMention> mentions = a.getBean(ArticleService.class).reading(id).orElseThrow().mentions();
        assertThat(mentions).isNotEmpty();
        StoredMention wrong = mentions.get(0);
        a.getBean(MentionCorrectionService.class).markNotAPlace(id, wrong.start(), wrong.end());

        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ReprocessReport> onB = b.getBean(ReprocessService.class).start(progress -> {
            running.countDown();
            try {
                release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(running.await(2, TimeUnit.MINUTES)).as("the re-analysis on b started").isTrue();
            assertThatThrownBy(() -> a.getBean(ReprocessService.class).reprocessAll(progress -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("another instance");
        } finally {
            release.countDown();
        }
        ReprocessReport report = onB.get(5, TimeUnit.MINUTES);
        assertThat(report.failures()).isEmpty();

        assertThat(a.getBean(ArticleService.class).reading(id).orElseThrow().mentions())
                .extracting(StoredMention::start).doesNotContain(wrong.start());
        // and the lock went with the run: a re-analysis on a now runs
        assertThat(a.getBean(ReprocessService.class).reprocessAll(progress -> { }).failures()).isEmpty();
        assertThat(b.getBean(ArticleService.class).reading(id).orElseThrow().mentions())
                .extracting(StoredMention::start).doesNotContain(wrong.start());
    }

    private static ImportReport importTogether(ConfigurableApplicationContext app, NewsCorpus.GeneratedArticle article,
                                               CyclicBarrier together) {
        try {
            together.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return importOn(app, article.fileName(), article.html());
    }

    private static ImportReport importOn(ConfigurableApplicationContext app, String name, String html) {
        return app.getBean(ArticleImportService.class).importSources(
                List.of(ArticleSource.of(name, html.getBytes(UTF_8))), progress -> { });
    }

    /** Waits until the other instance's search finds the article by one of its words (its indexer runs apart). */
    private static void awaitSearch(ConfigurableApplicationContext app, String word, long articleId)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        List<Long> found = List.of();
        while (System.nanoTime() < deadline) {
            found = app.getBean(SearchService.class).search(word, 200).stream().map(SearchHit::articleId)
                    .filter(hit -> hit != 0).toList();
            if (found.contains(articleId)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("search for " + word + " did not find article " + articleId + ": " + found);
    }

    private static String firstLongWord(NewsCorpus.GeneratedArticle article) {
        for (String w : article.text().split("[^\\p{L}]+")) {
            if (w.length() >= 9) {
                return w;
            }
        }
        throw new IllegalStateException("no long word in " + article.fileName());
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}

package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.Article;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.ImportOutcome;
import org.newsatlas.article.Passage;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The seed corpus as the first start stores it in a real H2 file database. */
@SpringBootTest
class SeedImportIT {

    private static final Path DATA = TempDataDir.create("seed-import");

    @Autowired
    ArticleService articles;
    @Autowired
    SeedImporter importer;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void the_first_start_stores_the_five_seed_articles_with_their_metadata() {
        Map<String, Article> bySource = bySource();
        assertThat(bySource).hasSize(5);
        Article newsweek = bySource.get("000_ad515e33a9d40185.txt");
        assertThat(newsweek.outlet()).isEqualTo("Newsweek");
        assertThat(newsweek.title()).startsWith("China, Russia to Train Together Against Terror");
        assertThat(newsweek.published()).isEqualTo(LocalDate.of(2021, 7, 29));
        assertThat(newsweek.publishedApproximate()).isTrue();
        Article nationalInterest = bySource.get("001_cdd756e0de2b89f1.txt");
        assertThat(nationalInterest.author()).isEqualTo("Mark Episkopos");
        assertThat(nationalInterest.publishedApproximate()).isFalse();
        assertThat(nationalInterest.contentHash()).hasSize(64);
    }

    @Test
    void an_article_without_a_headline_gets_a_title_from_its_lede() {
        Article rferl = bySource().get("002_5cda8d1a246dbead.txt");
        assertThat(rferl.title()).startsWith("In the latest display of deepening ties between Beijing and Moscow");
        assertThat(rferl.title().length()).isLessThanOrEqualTo(121);
    }

    @Test
    void every_passage_points_into_the_original_text_in_order_without_overlap() {
        for (Article article : articles.findAll()) {
            List<Passage> passages = articles.passagesOf(article.id());
            assertThat(passages).as(article.sourceName()).hasSizeGreaterThan(3);
            int previousEnd = 0;
            for (Passage p : passages) {
                String text = article.originalText().substring(p.start(), p.end());
                assertThat(text).as("passage %d of %s", p.ordinal(), article.sourceName())
                        .isNotBlank().isEqualTo(text.strip());
                assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = p.end();
            }
        }
    }

    @Test
    void nothing_from_the_more_in_politics_teaser_block_is_a_body_passage() {
        Article atalayar = bySource().get("003_0d182f54c4d30555.txt");
        int teaser = atalayar.originalText().indexOf("More in Politics");
        assertThat(teaser).isPositive();
        List<Passage> passages = articles.passagesOf(atalayar.id());
        assertThat(passages).filteredOn(p -> p.start() >= teaser).isNotEmpty()
                .allSatisfy(p -> assertThat(p.isBody()).isFalse());
        assertThat(passages).filteredOn(p -> p.start() < teaser).anySatisfy(p -> assertThat(p.isBody()).isTrue());
    }

    @Test
    void promo_blocks_and_photo_keyword_lines_are_kept_but_not_body() {
        Article newsweek = bySource().get("000_ad515e33a9d40185.txt");
        String text = newsweek.originalText();
        int keywords = text.indexOf("China, Russia, train, counterterrorism, 2017");
        List<Passage> passages = articles.passagesOf(newsweek.id());
        assertThat(passages).filteredOn(p -> p.start() <= keywords && keywords < p.end())
                .singleElement().satisfies(p -> assertThat(p.isBody()).isFalse());
        assertThat(passages).filteredOn(p -> !p.isBody()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(passages).filteredOn(Passage::isBody)
                .anySatisfy(p -> assertThat(text.substring(p.start(), p.end())).contains("Qingtongxia"));
    }

    @Test
    void the_run_together_metadata_line_is_not_body() {
        Article article = bySource().get("001_cdd756e0de2b89f1.txt");
        int metadata = article.originalText().indexOf("Topic:");
        assertThat(articles.passagesOf(article.id()))
                .filteredOn(p -> p.start() <= metadata && metadata < p.end())
                .singleElement().satisfies(p -> assertThat(p.isBody()).isFalse());
    }

    @Test
    void importing_the_seeds_again_stores_nothing_twice() throws Exception {
        long before = articles.stats().passages();
        List<ImportOutcome> again = importer.importAll();
        assertThat(again).hasSize(5).allSatisfy(o -> assertThat(o.status()).isEqualTo(ImportOutcome.Status.DUPLICATE));
        assertThat(articles.stats().articles()).isEqualTo(5);
        assertThat(articles.stats().passages()).isEqualTo(before);
    }

    private Map<String, Article> bySource() {
        return articles.findAll().stream().collect(Collectors.toMap(Article::sourceName, Function.identity()));
    }
}

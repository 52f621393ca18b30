package org.newsatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.ImportOutcome;
import org.newsatlas.article.NewArticle;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Passage search through the article word index, against a real H2 database. */
@SpringBootTest(properties = "newsatlas.seed.enabled=false")
class SearchServiceIT {

    private static final Path DATA = TempDataDir.create("search");
    private static final Random RANDOM = new Random();

    @Autowired
    SearchService search;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleIndexer indexer;
    @Autowired
    ArticleIndex index;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    /** A made-up word no other test's article holds. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private long store(String title, LocalDate published, String body) {
        String text = title + "\n\n" + body + "\n\nThe ministry gave no further details about the visit or its"
                + " timing, and officials declined to comment on the talks.\n";
        ImportOutcome outcome = articles.store(new NewArticle(title, "Test Wire", null, published, false,
                title + ".txt", text));
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        return outcome.articleId();
    }

    private List<SearchHit> passages(String query) {
        indexer.indexPending();
        return search.search(query, 20).stream().filter(h -> !h.isFeature()).toList();
    }

    @Test
    void a_phrase_is_found_with_any_separator_newest_article_first() {
        String town = word();
        long older = store("Drills near " + town, LocalDate.of(2019, 3, 2), "Border guards held drills along"
                + " the Tajik–Afghan border near " + town + " on Tuesday, the defence ministry said in a statement.");
        long newer = store("Patrols at " + town, LocalDate.of(2021, 8, 9), "Patrols were doubled on the Tajik-Afghan"
                + " border east of " + town + " after fighting across the river, a regional official said.");

        List<SearchHit> hits = passages("tajik afghan border").stream()
                .filter(h -> h.label().contains(town)).toList();

        assertThat(hits).extracting(SearchHit::articleId).containsExactly(newer, older);
        assertThat(hits.get(0).label()).contains("Tajik-Afghan border east of " + town);
        assertThat(hits.get(1).label()).contains("Tajik–Afghan border near " + town);
        assertThat(passages("afghan border near " + town.substring(0, 5))).extracting(SearchHit::articleId)
                .containsExactly(older);
    }

    @Test
    void words_in_another_order_or_split_by_other_words_do_not_match() {
        String town = word();
        store("Talks in " + town, LocalDate.of(2020, 1, 5), "Delegations met in " + town + " to discuss the"
                + " border between China and Russia, according to a statement released after the meeting.");

        assertThat(passages(town + " to discuss")).hasSize(1);
        assertThat(passages("discuss " + town)).isEmpty();
        assertThat(passages(town + " discuss")).isEmpty();
    }

    @Test
    void a_deleted_article_is_no_longer_found() {
        String town = word();
        long id = store("Floods in " + town, LocalDate.of(2022, 6, 1), "Heavy rain flooded the market town of "
                + town + " overnight, cutting the main road to the provincial capital for two days.");
        assertThat(passages(town)).hasSize(1);

        articles.delete(id);

        assertThat(passages(town)).isEmpty();
    }

    @Test
    void an_article_the_index_lost_is_indexed_again_and_one_deleted_behind_its_back_is_dropped() {
        String town = word();
        long lost = store("Quake near " + town, null, "A moderate earthquake shook the hills around " + town
                + " before dawn, damaging several houses but causing no casualties, rescuers said.");
        long deleted = store("Aftershock near " + town, null, "An aftershock rattled " + town + " again at noon,"
                + " sending residents into the streets of the old quarter for the second time that day.");
        assertThat(passages(town)).extracting(SearchHit::articleId).containsExactlyInAnyOrder(lost, deleted);
        index.delete(List.of(lost));
        index.commit();
        jdbc.sql("DELETE FROM article WHERE id = ?").param(deleted).update();
        assertThat(index.ids()).doesNotContain(lost);
        if (!org.newsatlas.support.PostgresTestStore.active()) {
            // Lucene holds the deleted article until reconciled; PostgreSQL's words went with the row
            assertThat(index.ids()).contains(deleted);
        }

        indexer.reconcile();

        assertThat(index.ids()).doesNotContain(deleted);
        assertThat(passages("earthquake shook the hills around " + town)).extracting(SearchHit::articleId)
                .containsExactly(lost);
        assertThat(index.ids()).contains(lost);
    }

    @Test
    void a_stored_article_is_marked_in_the_database_once_the_index_holds_it() {
        String town = word();
        long id = store("Storm over " + town, LocalDate.of(2023, 11, 3), "A winter storm closed the pass above "
                + town + " and stranded dozens of lorries on the highway overnight, police said.");
        assertThat(passages("storm closed the pass")).extracting(SearchHit::articleId).contains(id);
        assertThat(jdbc.sql("SELECT search_indexed FROM article WHERE id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void punctuation_alone_finds_nothing_and_function_words_are_searchable_as_part_of_a_phrase() {
        String town = word();
        long id = store("Rally in " + town, LocalDate.of(2018, 4, 7), "Thousands marched to the square of "
                + town + " on Saturday to protest against the closure of the steel works, organisers said.");
        assertThat(passages("–– ,")).isEmpty();
        assertThat(passages("to the square of " + town)).extracting(SearchHit::articleId).containsExactly(id);
    }

    @Test
    void a_border_is_found_by_its_two_countries_in_either_order_by_name_or_adjective() {
        store("Guards reinforced", LocalDate.of(2021, 7, 20), "Tajikistan sent more guards to its border with "
                + "Afghanistan after fighting near Kunduz, and Russia said it would help defend the Tajik-Afghan "
                + "border. China watched the China-Russia border talks closely.");
        for (String query : List.of("Tajik-Afghan border", "Afghan Tajik border", "tajik afghan border",
                "the border between Tajikistan and Afghanistan", "Afghanistan–Tajikistan border",
                "Tajikistan Afghanistan frontier")) {
            List<SearchHit> hits = search.search(query, 10);
            assertThat(hits).as(query).isNotEmpty();
            assertThat(hits.get(0).feature()).as(query).isNotNull();
            assertThat(hits.get(0).feature().layer().id() + "/" + hits.get(0).feature().id()).as(query)
                    .isEqualTo("borders/AF-TJ");
            assertThat(hits.stream().filter(h -> h.isFeature() && h.feature().id().equals("AF-TJ")).count())
                    .as(query + ": once").isEqualTo(1);
        }
        assertThat(search.search("Russian-Chinese border", 10).get(0).feature().id()).isEqualTo("CN-RU");
        assertThat(search.search("Tajik Tajik border", 10)).noneMatch(h -> h.isFeature()
                && h.feature().layer().id().equals("borders") && h.feature().id().equals("AF-TJ"));
        assertThat(search.search("Afghan Tajik", 10)).as("no border word: no border")
                .noneMatch(h -> h.isFeature() && h.feature().id().equals("AF-TJ"));
    }
}

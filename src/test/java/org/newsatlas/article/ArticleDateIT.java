package org.newsatlas.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Setting one stored article's publication date re-analyses it: its passages' months follow the new date. */
@SpringBootTest(properties = "newsatlas.seed.enabled=false")
class ArticleDateIT {

    private static final java.nio.file.Path DATA = TempDataDir.create("article-date");

    @Autowired
    ArticleService articles;
    @Autowired
    ArticleDateService dates;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void an_undated_article_given_a_date_gets_the_months_of_that_date_and_a_changed_date_moves_them() {
        long id = store("Floods cut off villages along the Panj river on Tuesday, officials in Khorog said. "
                + "Rescue teams reached Rushan the next day.");
        assertThat(months(id)).isEmpty();

        var outcome = dates.setPublished(id, LocalDate.of(2021, 8, 12));

        assertThat(outcome.articleId()).isEqualTo(id);
        assertThat(published(id)).isEqualTo(LocalDate.of(2021, 8, 12));
        assertThat(months(id)).containsExactly(LocalDate.of(2021, 8, 1));

        dates.setPublished(id, LocalDate.of(2019, 3, 5));

        assertThat(months(id)).containsExactly(LocalDate.of(2019, 3, 1));
        assertThat(jdbc.sql("SELECT search_indexed FROM article WHERE id = ?").param(id).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void a_date_can_be_taken_away_and_the_article_is_undated_again() {
        long id = store("Herders near Naryn moved their flocks to the summer pastures on Monday, a local official said.");
        dates.setPublished(id, LocalDate.of(2020, 6, 1));
        assertThat(months(id)).containsExactly(LocalDate.of(2020, 6, 1));

        dates.setPublished(id, null);

        assertThat(published(id)).isNull();
        assertThat(months(id)).isEmpty();
    }

    @Test
    void a_date_outside_1800_to_2200_is_refused_with_its_reason_and_changes_nothing() {
        long id = store("A new bridge over the Panj opened near Khorog on Thursday, the governor said.");
        dates.setPublished(id, LocalDate.of(2019, 5, 2));

        assertThatThrownBy(() -> dates.setPublished(id, LocalDate.of(999, 5, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("publication date 0999-05-05 is outside 1800–2200");

        assertThat(published(id)).isEqualTo(LocalDate.of(2019, 5, 2));
        assertThat(months(id)).containsExactly(LocalDate.of(2019, 5, 1));
    }

    @Test
    void an_article_that_is_not_stored_is_named() {
        assertThatThrownBy(() -> dates.setPublished(987_654_321L, LocalDate.of(2019, 5, 2)))
                .isInstanceOf(NoSuchElementException.class).hasMessage("no article 987654321");
    }

    private long store(String text) {
        ImportOutcome outcome = articles.store(new NewArticle(null, "Desk", null, null, false, "desk.txt", text));
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        return outcome.articleId();
    }

    private LocalDate published(long id) {
        return jdbc.sql("SELECT published FROM article WHERE id = ?").param(id).query(LocalDate.class).optional()
                .orElse(null);
    }

    private List<LocalDate> months(long id) {
        return jdbc.sql("""
                SELECT DISTINCT pm.ym FROM passage_month pm JOIN passage p ON p.id = pm.passage_id
                WHERE p.article_id = ? ORDER BY pm.ym""").param(id).query(LocalDate.class).list();
    }
}

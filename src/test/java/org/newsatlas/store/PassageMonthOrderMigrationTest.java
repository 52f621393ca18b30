package org.newsatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Schema V12 gives the month rows stored before it their passage's place in the order of pages. */
class PassageMonthOrderMigrationTest {

    private final SimpleDriverDataSource db = new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcClient jdbc = JdbcClient.create(db);

    private void migrate(String target) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2").target(target).load().migrate();
    }

    private void article(long id, LocalDate published) {
        jdbc.sql("INSERT INTO article (id, title, published, source_name, content_hash, original_text)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, "a" + id, published == null ? null : Date.valueOf(published), "a" + id,
                        String.format("%064d", id), "text of " + id).update();
    }

    private void passage(long id, long articleId, int ordinal, LocalDate... months) {
        jdbc.sql("INSERT INTO passage (id, article_id, ordinal, start_offset, end_offset, kind, kind_rule)"
                + " VALUES (?, ?, ?, 0, 4, 'body', 'test')").params(id, articleId, ordinal).update();
        for (LocalDate month : months) {
            jdbc.sql("INSERT INTO passage_month (passage_id, ym) VALUES (?, ?)")
                    .params(id, Date.valueOf(month)).update();
        }
    }

    @Test
    void month_rows_stored_before_get_their_articles_date_and_id_and_their_passages_ordinal() {
        migrate("11");
        LocalDate june = LocalDate.of(2021, 6, 1);
        LocalDate july = LocalDate.of(2021, 7, 1);
        article(1, LocalDate.of(2021, 7, 20));
        article(2, null);
        passage(10, 1, 0, july);
        passage(11, 1, 3, june, july);
        passage(20, 2, 1, june);

        migrate("12");

        assertThat(jdbc.sql("SELECT passage_id, ym, article_id, published, ordinal FROM passage_month"
                        + " ORDER BY passage_id, ym")
                .query((rs, row) -> List.of(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        String.valueOf(rs.getObject(4, LocalDate.class)), rs.getInt(5))).list())
                .containsExactly(
                        List.of(10L, july, 1L, "2021-07-20", 0),
                        List.of(11L, june, 1L, "2021-07-20", 3),
                        List.of(11L, july, 1L, "2021-07-20", 3),
                        List.of(20L, june, 2L, "null", 1));
        // the month's rows in page order come from the new index: undated articles first
        assertThat(jdbc.sql("SELECT passage_id FROM passage_month WHERE ym = ? ORDER BY published, article_id, ordinal")
                .param(Date.valueOf(june)).query(Long.class).list()).containsExactly(20L, 11L);
    }
}

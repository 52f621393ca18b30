package org.newsatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Row ids handed out in the writer's transaction (schema V7), over the app's real migrations. */
class RowIdsTest {

    private SimpleDriverDataSource db;
    private JdbcClient jdbc;
    private TransactionTemplate write;
    private RowIds ids;

    @BeforeEach
    void store() {
        db = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = JdbcClient.create(db);
        write = new TransactionTemplate(new DataSourceTransactionManager(db));
        ids = new RowIds(jdbc);
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2").target(target).load().migrate();
    }

    /** Reserves {@code count} ids of {@code table} in a transaction of their own; the first. */
    private long inTransaction(String table, int count) {
        Long first = write.execute(s -> ids.reserve(table, count));
        return first;
    }

    private void insertArticleWithoutId(String title) {
        jdbc.sql("INSERT INTO article (title, source_name, content_hash, original_text) VALUES (?, ?, ?, ?)")
                .params(title, title, String.format("%064d", title.hashCode() & 0x7fffffff), title).update();
    }

    private void insertArticle(long id, String title) {
        jdbc.sql("INSERT INTO article (id, title, source_name, content_hash, original_text) VALUES (?, ?, ?, ?, ?)")
                .params(id, title, title, String.format("%064d", title.hashCode() & 0x7fffffff), title).update();
    }

    @Test
    void a_store_written_with_identity_sequences_goes_on_after_its_last_id_even_one_deleted() {
        migrate("6");
        insertArticleWithoutId("Floods in Khorog");
        insertArticleWithoutId("Snow on the Khunjerab Pass");
        insertArticleWithoutId("Convoy near Termez");
        jdbc.sql("DELETE FROM article WHERE title = 'Convoy near Termez'").update();

        migrate("7");

        assertThat(inTransaction("article", 1)).isEqualTo(4);
        assertThat(inTransaction("passage", 1)).isEqualTo(1);
    }

    @Test
    void rows_written_without_an_id_fail_instead_of_taking_one_the_counter_will_hand_out() {
        migrate("7");
        assertThatThrownBy(() -> insertArticleWithoutId("Floods in Khorog"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void reserved_blocks_follow_each_other_and_a_rolled_back_transaction_gives_its_ids_back() {
        migrate("7");
        assertThat(inTransaction("mention", 5)).isEqualTo(1);
        assertThat(inTransaction("mention", 3)).isEqualTo(6);
        write.executeWithoutResult(s -> {
            assertThat(ids.next("mention")).isEqualTo(9);
            s.setRollbackOnly();
        });
        assertThat(inTransaction("mention", 1)).isEqualTo(9);
    }

    @Test
    void a_row_written_above_the_counter_is_never_handed_out_again() {
        migrate("7");
        write.executeWithoutResult(s -> insertArticle(ids.next("article"), "Floods in Khorog"));
        insertArticle(40, "Written by hand");
        long next = inTransaction("article", 1);
        assertThat(next).isEqualTo(41);
        write.executeWithoutResult(s -> insertArticle(next, "Snow on the Khunjerab Pass"));
    }

    @Test
    void ids_outside_a_transaction_or_of_an_unknown_table_are_refused() {
        migrate("7");
        assertThatThrownBy(() -> ids.next("article")).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> write.execute(s -> ids.next("app_user")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no row id counter for table app_user");
        assertThatThrownBy(() -> write.execute(s -> ids.next("article; DROP TABLE article")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write.execute(s -> ids.reserve("article", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

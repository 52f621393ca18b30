package org.newsatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreDialectTest {

    @Test
    void the_url_names_the_database() {
        assertThat(StoreDialect.of("jdbc:h2:file:./data/newsatlas;WRITE_DELAY=0")).isEqualTo(StoreDialect.H2);
        assertThat(StoreDialect.of(" JDBC:PostgreSQL://db.example.org:5432/newsatlas"))
                .isEqualTo(StoreDialect.POSTGRESQL);
    }

    @Test
    void another_database_is_refused_with_what_was_given() {
        assertThatThrownBy(() -> StoreDialect.of("jdbc:mysql://localhost/newsatlas"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://localhost/newsatlas")
                .hasMessageContaining("NEWSATLAS_DB_URL");
        assertThatThrownBy(() -> StoreDialect.of("")).hasMessageContaining("empty");
    }
}

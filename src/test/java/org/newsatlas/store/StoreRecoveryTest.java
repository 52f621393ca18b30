package org.newsatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreRecoveryTest {

    @Test
    void the_file_of_an_h2_file_url_is_found_with_or_without_settings() {
        assertThat(StoreRecovery.databaseFile("jdbc:h2:file:/srv/atlas/newsatlas;WRITE_DELAY=0"))
                .contains(Path.of("/srv/atlas/newsatlas"));
        assertThat(StoreRecovery.databaseFile("JDBC:H2:FILE:/srv/atlas/newsatlas")).contains(Path.of(
                "/srv/atlas/newsatlas"));
        assertThat(StoreRecovery.databaseFile("jdbc:h2:file:./data/newsatlas;AUTO_SERVER=FALSE"))
                .contains(Path.of("data/newsatlas").toAbsolutePath());
        assertThat(StoreRecovery.databaseFile("jdbc:h2:file:~/atlas/db"))
                .contains(Path.of(System.getProperty("user.home"), "atlas", "db"));
    }

    @Test
    void memory_and_other_databases_have_no_file() {
        assertThat(StoreRecovery.databaseFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(StoreRecovery.databaseFile("jdbc:postgresql://localhost/atlas")).isEmpty();
        assertThat(StoreRecovery.databaseFile("jdbc:h2:file:;X=1")).isEmpty();
        assertThat(StoreRecovery.databaseFile(null)).isEmpty();
    }

    @Test
    void the_marker_lies_beside_the_store() {
        assertThat(StoreRecovery.marker(Path.of("/srv/atlas/newsatlas"))).isEqualTo(Path.of("/srv/atlas/newsatlas.open"));
    }
}

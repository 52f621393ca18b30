package org.newsatlas.store;

import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives back the file space of old versions when the app stops cleanly. H2 appends every commit at the end of its
 * file ({@code REUSE_SPACE=FALSE}: reopened after a crash, H2 2.5 does not find chunks written into reused space),
 * so the file grows with each write; {@code SHUTDOWN COMPACT} rewrites the live data into a new file (a crash in the
 * middle leaves the old one, which H2 cleans up at the next start). Called by Spring after the beans that write have
 * stopped and before the connection pool closes.
 */
@Component
public class StoreCompaction {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCompaction.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final Path file;

    public StoreCompaction(DataSource dataSource, @Value("${newsatlas.store.compact-on-close}") boolean enabled,
                           @Value("${newsatlas.data-dir}") String dataDir) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.file = Path.of(dataDir, "newsatlas.mv.db");
    }

    @PreDestroy
    void compact() {
        if (!enabled || !Files.exists(file)) {
            return;
        }
        long started = System.nanoTime();
        try {
            long before = Files.size(file);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            LOG.info("Store compacted at shutdown: {} MB to {} MB in {} ms", before >> 20, Files.size(file) >> 20,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | java.io.IOException e) {
            LOG.warn("Compacting the store at shutdown failed (it stays as it was): {}", e.toString());
        }
    }
}

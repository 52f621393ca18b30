package org.newsatlas.store;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Closes the H2 store when the app stops cleanly, and says so: runs {@code SHUTDOWN COMPACT} (or {@code SHUTDOWN}
 * when {@code newsatlas.store.compact-on-close=false}), then deletes the marker {@link StoreRecovery} wrote, so the
 * next start knows the store was closed cleanly.
 *
 * <p>Compacting gives back the file space of old versions. H2 appends every commit at the end of its file
 * ({@code REUSE_SPACE=FALSE}: reopened after a crash, H2 2.5 does not find chunks written into reused space), so the
 * file grows with each write; {@code SHUTDOWN COMPACT} rewrites the live data into a new file (a crash in the middle
 * leaves the old one, which H2 cleans up at the next start). Called by Spring after the beans that write have
 * stopped and before the connection pool closes.
 */
@Component
public class StoreShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(StoreShutdown.class);

    private final DataSource dataSource;
    private final boolean compact;
    private final Optional<Path> file;

    public StoreShutdown(DataSource dataSource, @Value("${newsatlas.store.compact-on-close}") boolean compact) {
        this.dataSource = dataSource;
        this.compact = compact;
        this.file = dataSource instanceof HikariDataSource pool ? StoreRecovery.databaseFile(pool.getJdbcUrl())
                : Optional.empty();
    }

    @PreDestroy
    void shutdown() {
        if (file.isEmpty()) {
            return;
        }
        Path store = file.get().resolveSibling(file.get().getFileName() + ".mv.db");
        long started = System.nanoTime();
        try {
            long before = Files.exists(store) ? Files.size(store) : 0;
            boolean closed = false;
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
                closed = true;
            } catch (SQLException e) {
                if (!closed) {
                    throw e;
                }
                // returning the pool's connection fails once the database is shut down, as asked
            }
            Files.deleteIfExists(StoreRecovery.marker(file.get()));
            LOG.info("Store closed{}: {} MB to {} MB in {} ms", compact ? " and compacted" : "", before >> 20,
                    Files.exists(store) ? Files.size(store) >> 20 : 0, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | IOException e) {
            LOG.error("Closing the store at shutdown failed (the next start will recover it): {}", e.toString());
        }
    }
}

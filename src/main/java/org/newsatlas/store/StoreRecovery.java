package org.newsatlas.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Opens the H2 store once on its own, before the connection pool does, when the app did not stop cleanly.
 *
 * <p>A kill -9 can leave the undo log of a transaction that was writing. H2 (2.5.252) rolls it back when it opens
 * the file; if that log cannot be read it drops the log but keeps the dropped map as the log of the next
 * transaction with the same number, which then fails with "Map null(N) is closed" (seen when Flyway commits, so the
 * app did not start). Opened here and shut down, the file is cleaned of such logs and written back, and the pool
 * then opens a store without them.
 *
 * <p>A marker file beside the store ({@code newsatlas.open}) says the app has the store open: written here, deleted
 * by {@link StoreShutdown} after a clean shutdown. Only a file database is concerned; in-memory URLs pass by.
 */
public class StoreRecovery implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRecovery.class);
    private static final String PREFIX = "jdbc:h2:file:";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            databaseFile(pool.getJdbcUrl()).ifPresent(file -> recover(pool, file));
        }
        return bean;
    }

    private static void recover(HikariDataSource pool, Path file) {
        Path marker = marker(file);
        Path store = file.resolveSibling(file.getFileName() + ".mv.db");
        try {
            if (Files.exists(marker) && Files.exists(store)) {
                long started = System.nanoTime();
                LOG.warn("The store {} was not closed cleanly: opening it once to roll back what was not committed",
                        store);
                try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                        pool.getPassword()); Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
                LOG.info("Store recovered in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "The app has this store open (deleted at a clean stop)\n");
        } catch (SQLException e) {
            throw new BeanCreationException("The store " + store + " could not be opened after an unclean stop: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }

    /** The database file named by an H2 file URL, without its {@code .mv.db} ending; empty for other URLs. */
    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        int end = url.indexOf(';');
        String name = url.substring(PREFIX.length(), end < 0 ? url.length() : end);
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    /** The marker that says the app has the store at {@code file} open. */
    static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + ".open");
    }
}

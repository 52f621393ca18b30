package org.newsatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Locks on long jobs (a re-analysis of every article) that every app instance over the store sees. On PostgreSQL
 * a session-level advisory lock on a connection of its own, held until the job ends: another instance is refused at
 * once, and a lock whose instance died goes with its connection. On H2 only one app opens the file, so there is
 * nothing to lock beyond the job's own guard in that app.
 */
@Component
public class JobLocks {

    private static final Logger LOG = LoggerFactory.getLogger(JobLocks.class);

    /** A lock taken; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private final DataSource dataSource;
    private final StoreDialect dialect;

    public JobLocks(DataSource dataSource, StoreDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** The lock on job {@code name}; empty when another instance holds it. */
    public Optional<Held> tryLock(String name) {
        return take(name, "SELECT pg_try_advisory_lock(hashtext(?))");
    }

    /** The lock on job {@code name}, once another instance holding it lets it go. */
    public Held lock(String name) {
        return take(name, "SELECT pg_advisory_lock(hashtext(?)) IS NOT NULL").orElseThrow();
    }

    private Optional<Held> take(String name, String sql) {
        if (!dialect.isPostgres()) {
            return Optional.of(() -> { });
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            boolean taken;
            try (PreparedStatement lock = connection.prepareStatement(sql)) {
                lock.setString(1, key(name));
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    taken = rs.getBoolean(1);
                }
            }
            if (!taken) {
                connection.close();
                return Optional.empty();
            }
            Connection holding = connection;
            return Optional.of(() -> release(holding, name));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("could not take the lock of " + name + ": "
                    + e.getMessage(), e);
        }
    }

    private static void release(Connection connection, String name) {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            unlock.setString(1, key(name));
            unlock.execute();
        } catch (SQLException e) {
            LOG.warn("Releasing the lock of {} failed (it goes when its connection closes): {}", name, e.toString());
        } finally {
            closeQuietly(connection);
        }
    }

    private static String key(String name) {
        return "newsatlas.job." + name;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing a lock's connection: {}", e.toString());
            }
        }
    }
}

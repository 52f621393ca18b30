package org.newsatlas.gazetteer;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.newsatlas.store.JobLocks;
import org.newsatlas.store.StoreDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The gazetteer's copy in an H2 file of its own ({@code gazetteer.mv.db} in the data folder), apart from the
 * article store: the copy is derived from geodata/ and rewritten in bulk (~700k rows) whenever geodata changes, and
 * such a rewrite must never share a file with the articles, where a kill -9 in the middle of it could leave the
 * store unreadable. Here a crash costs nothing: a file the app did not close cleanly (no {@value #CLOSED_MARKER}
 * beside it) is deleted at the next start and written again in the background.
 *
 * <p>On PostgreSQL (a team's store) the copy is the schema {@code gazetteer} of the store's own database, in PostGIS
 * types (db/gazetteer/schema-postgresql.sql), reached through a small pool of its own whose connections search that
 * schema first; the database's transactions make an interrupted import harmless there (its version row is written
 * last), and the instances sharing the database write it one at a time ({@link #IMPORT_JOB}).
 */
@Component
public class GazetteerDatabase {

    static final String FILE = "gazetteer";
    static final String CLOSED_MARKER = "gazetteer.closed";
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerDatabase.class);

    /** The lock ({@link JobLocks}) an instance holds while it makes or writes the copy. */
    static final String IMPORT_JOB = "gazetteer-import";

    private final Path folder;
    private final StoreDialect dialect;
    private final JobLocks locks;
    private final DataSource dataSource;
    private boolean open;

    public GazetteerDatabase(@Value("${newsatlas.data-dir}") String dataDir, StoreDialect dialect, JobLocks locks,
                             @Value("${spring.datasource.url}") String storeUrl,
                             @Value("${spring.datasource.username:}") String user,
                             @Value("${spring.datasource.password:}") String password) {
        this.folder = Path.of(dataDir);
        this.dialect = dialect;
        this.locks = locks;
        if (dialect.isPostgres()) {
            HikariConfig pool = new HikariConfig();
            pool.setPoolName("gazetteer");
            pool.setJdbcUrl(storeUrl);
            pool.setUsername(user);
            pool.setPassword(password);
            pool.setMaximumPoolSize(3);
            // connected when first used (not when made: the copy may be off), idle connections closed soon after
            pool.setMinimumIdle(0);
            pool.setIdleTimeout(30_000);
            pool.setInitializationFailTimeout(-1);
            pool.setConnectionInitSql("SET search_path TO gazetteer, public");
            this.dataSource = new HikariDataSource(pool);
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            // DB_CLOSE_DELAY=-1: open until close() shuts it down, not until its last connection closes;
            // DB_CLOSE_ON_EXIT=FALSE: nor by H2's own shutdown hook while the copy is still being written
            h2.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE)
                    + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
            h2.setUser("sa");
            h2.setPassword("");
            this.dataSource = h2;
        }
    }

    /** The copy's connections; the schema exists once this returns (the file opened, or made anew). */
    public synchronized DataSource dataSource() {
        if (!open) {
            if (dialect.isPostgres()) {
                openSchema();
            } else {
                open();
            }
            open = true;
        }
        return dataSource;
    }

    private void openSchema() {
        try (JobLocks.Held making = locks.lock(IMPORT_JOB);
             Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(schema("/db/gazetteer/schema-postgresql.sql"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer's schema: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the gazetteer copy in the database's schema gazetteer: "
                    + e.getMessage(), e);
        }
    }

    private void open() {
        try {
            Files.createDirectories(folder);
            Path marker = folder.resolve(CLOSED_MARKER);
            Path file = folder.resolve(FILE + ".mv.db");
            if (Files.exists(file) && !Files.exists(marker)) {
                LOG.info("The gazetteer copy {} was not closed cleanly; it is written again", file);
                Files.delete(file);
            }
            Files.deleteIfExists(marker);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(schema("/db/gazetteer/schema.sql"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the gazetteer copy in " + folder + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the gazetteer copy in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String schema(String resource) throws IOException {
        try (InputStream in = GazetteerDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Shuts the copy down and marks it clean; called by Spring after the beans that write it have stopped. */
    @PreDestroy
    public synchronized void close() {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
            return;
        }
        if (!open) {
            return;
        }
        open = false;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
            Files.writeString(folder.resolve(CLOSED_MARKER), "closed cleanly\n");
        } catch (SQLException | IOException e) {
            LOG.warn("Closing the gazetteer copy failed (the next start writes it again): {}", e.toString());
        }
    }
}

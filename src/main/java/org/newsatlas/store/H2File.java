package org.newsatlas.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Writes what H2 has committed into its file, now. H2 (MVStore) keeps committed rows in memory until it stores a
 * new chunk; {@code CHECKPOINT} does not always do that: when the file is less than half live it compacts old
 * chunks instead and skips the store (H2 2.x {@code Store.flush}), so the last commits stay in memory and a kill -9
 * loses them. This calls the store's commit itself. (The file only grows while the app runs, with
 * {@code REUSE_SPACE=FALSE}; {@link StoreShutdown} gives the space back at a clean stop.)
 *
 * <p>Callers hold the {@link StoreWriteLock}, so no write transaction is half-done when the chunk is taken.
 */
final class H2File {

    /**
     * Stores every committed change in the file ({@code forceToDisk}: and has the operating system put it on the
     * disk).
     */
    void write(Connection connection, boolean forceToDisk) throws SQLException {
        MVStore store = mvStore(connection);
        if (store == null) {
            return; // in-memory database: nothing to write
        }
        store.commit();
        if (forceToDisk) {
            store.sync();
        }
    }

    private static MVStore mvStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            throw new SQLException("not an embedded H2 connection: " + connection.getClass().getName());
        }
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        if (!(h2.getSession() instanceof SessionLocal session)) {
            throw new SQLException("not an embedded H2 session (H2 server mode is not supported)");
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? null : store;
    }
}

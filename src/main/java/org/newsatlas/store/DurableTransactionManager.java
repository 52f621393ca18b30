package org.newsatlas.store;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's JDBC transaction manager with two additions that make a committed transaction survive a crash
 * (kill -9, power cut) whole:
 * <ul>
 * <li>a write transaction (not read-only) holds the {@link StoreWriteLock} from its start to its end, so no other
 * write is half-done when H2 copies its tables into the file;</li>
 * <li>after the commit, still holding the lock, it has H2 write the store to the file ({@link H2File}; with
 * {@code forceToDisk} the file is also forced to the disk), before the caller hears that it committed.</li>
 * </ul>
 * H2's own background writer is off ({@code WRITE_DELAY=0} in the JDBC URL): by default it writes every
 * 500 ms whatever is half-done at that moment, and an H2 commit itself writes nothing to the file.
 * Read-only transactions neither wait nor write.
 *
 * <p>On PostgreSQL the database makes a commit durable itself (its write-ahead log), so nothing is written after
 * it; instead the outermost write transaction of a thread also takes a transaction-level advisory lock
 * ({@value #WRITE_LOCK_SQL}), so that the writers of several app instances over one database take turns as the
 * threads of one instance do: the tallies they update and the row ids they hand out stay whole.
 */
public class DurableTransactionManager extends JdbcTransactionManager {

    private final StoreWriteLock writeLock;
    private final boolean forceToDisk;
    private final StoreDialect dialect;
    /** The advisory lock all instances' writers share on PostgreSQL (the key is the text's hash). */
    static final String WRITE_LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext('newsatlas.store.write'))";
    /** The transactions of this thread that hold the lock, innermost first. */
    private final ThreadLocal<Deque<Object>> holding = ThreadLocal.withInitial(ArrayDeque::new);

    /** @param forceToDisk also force the file to the disk at each commit (survives a power cut, not only a crash) */
    public DurableTransactionManager(DataSource dataSource, StoreWriteLock writeLock, StoreDialect dialect,
            boolean forceToDisk) {
        super(dataSource);
        this.writeLock = writeLock;
        this.dialect = dialect;
        this.forceToDisk = forceToDisk;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        if (definition.isReadOnly()) {
            super.doBegin(transaction, definition);
            return;
        }
        writeLock.lock();
        boolean outermost = holding.get().isEmpty();
        holding.get().push(transaction);
        try {
            super.doBegin(transaction, definition);
            if (outermost && dialect.isPostgres()) {
                try {
                    lockAcrossInstances();
                } catch (RuntimeException e) {
                    doCleanupAfterCompletion(transaction); // gives the begun connection back (and the lock)
                    throw e;
                }
            }
        } catch (RuntimeException | Error e) {
            release(transaction);
            throw e;
        }
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        if (dialect == StoreDialect.H2 && holding.get().contains(status.getTransaction())) {
            writeToFile();
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            release(transaction);
        }
    }

    private void lockAcrossInstances() {
        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
        try (var statement = holder.getConnection().createStatement()) {
            statement.execute(WRITE_LOCK_SQL);
        } catch (SQLException e) {
            throw new org.springframework.transaction.CannotCreateTransactionException(
                    "could not take the store's write lock: " + e.getMessage(), e);
        }
    }

    private void writeToFile() {
        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
        try {
            writeLock.writeToFile(holder.getConnection(), forceToDisk);
        } catch (SQLException | RuntimeException e) {
            throw new TransactionSystemException("committed, but H2 could not write it to its file: "
                    + e.getMessage(), e);
        }
    }

    private void release(Object transaction) {
        Deque<Object> held = holding.get();
        if (held.remove(transaction)) {
            writeLock.unlock();
        }
        if (held.isEmpty()) {
            holding.remove();
        }
    }
}

package org.newsatlas.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * The one writer of the H2 store at a time. H2 (MVStore) writes its file as a copy of every table and index
 * taken one after another, not at one instant: a copy taken while another thread is half-way through a write
 * transaction can hold some of that transaction's rows and miss others (and their undo records), and a crash
 * then leaves it half-stored. So every write transaction holds this lock from its start until it is written
 * to the file ({@link DurableTransactionManager}). Readers never take it. Fair: a long series of imports does not
 * starve a correction.
 */
@Component
public class StoreWriteLock {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final H2File file = new H2File();

    public void lock() {
        lock.lock();
    }

    public void unlock() {
        lock.unlock();
    }

    /** Has H2 write everything committed so far into its file ({@link H2File}). The caller holds the lock. */
    void writeToFile(Connection connection, boolean forceToDisk) throws SQLException {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("writing H2's file needs the store's write lock");
        }
        file.write(connection, forceToDisk);
    }

    /** True while some thread writes; for tests and diagnostics. */
    public boolean isLocked() {
        return lock.isLocked();
    }

    /** True when a thread waits for the lock; for tests. */
    public boolean hasWaiters() {
        return lock.hasQueuedThreads();
    }
}

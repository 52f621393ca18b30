package org.newsatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Write transactions one at a time, each in H2's file when it has committed (a copy of the file shows it). */
class DurableTransactionManagerTest {

    @TempDir
    Path dir;

    @Test
    void a_committed_transaction_is_in_the_file_before_the_caller_goes_on_though_h2_never_closed() throws Exception {
        SimpleDriverDataSource db = dataSource(dir.resolve("live/store"));
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("CREATE TABLE article (id INT PRIMARY KEY, title VARCHAR(100))");
        TransactionTemplate write = new TransactionTemplate(new DurableTransactionManager(db, new StoreWriteLock(), StoreDialect.H2, false));

        try (Connection keepOpen = db.getConnection()) {
            write.executeWithoutResult(s -> {
                jdbc.update("INSERT INTO article VALUES (1, 'Flooding in Khorog')");
                jdbc.update("INSERT INTO article VALUES (2, 'Snow on the Khunjerab Pass')");
            });
            // what a kill -9 would leave: the file as it is now, H2 still open
            Path copy = Files.createDirectories(dir.resolve("copy"));
            Files.copy(dir.resolve("live/store.mv.db"), copy.resolve("store.mv.db"));
            try (Connection crashed = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("store"), "sa", "");
                 ResultSet rs = crashed.createStatement().executeQuery("SELECT COUNT(*) FROM article")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    /**
     * The crash test lost the last articles of runs after the gazetteer had been rewritten: H2 2.5.252 writes new
     * chunks into the space that deleted rows freed and, reopened after a crash, does not find them; the app's URL
     * has REUSE_SPACE=FALSE. Rounds of bulk writes and deletes, each followed by commits and a copy of the file as a
     * kill -9 would leave it (without REUSE_SPACE=FALSE this fails in the first round).
     */
    @Test
    void every_commit_is_in_the_file_also_after_bulk_deletes_freed_space_in_it() throws Exception {
        SimpleDriverDataSource db = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("live/store") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;RETENTION_TIME=0", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        TransactionTemplate write = new TransactionTemplate(new DurableTransactionManager(db, new StoreWriteLock(), StoreDialect.H2, false));
        try (Connection keepOpen = db.getConnection()) {
            jdbc.execute("CREATE TABLE place (id INT PRIMARY KEY, name VARCHAR(200))");
            jdbc.execute("CREATE TABLE article (id INT PRIMARY KEY, title VARCHAR(100))");
            int articles = 0;
            for (int round = 0; round < 6; round++) {
                int first = round * 100_000;
                write.executeWithoutResult(s -> jdbc.update("INSERT INTO place SELECT x + ?, REPEAT('Qingtongxia ', 15)"
                        + " FROM SYSTEM_RANGE(1, 20000)", first));
                write.executeWithoutResult(s -> jdbc.update("DELETE FROM place WHERE MOD(id, 3) > 0"));
                for (int i = 0; i < 3; i++) {
                    int id = ++articles;
                    write.executeWithoutResult(s -> jdbc.update("INSERT INTO article VALUES (?, 'Flooding in Khorog')",
                            id));
                }
                Path copy = Files.createDirectories(dir.resolve("copy" + round));
                Files.copy(dir.resolve("live/store.mv.db"), copy.resolve("store.mv.db"));
                try (Connection crashed = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("store"), "sa", "");
                     ResultSet rs = crashed.createStatement().executeQuery("SELECT COUNT(*) FROM article")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("articles in the file after round %d", round).isEqualTo(articles);
                }
            }
        }
    }

    @Test
    void a_second_write_transaction_waits_for_the_first_while_reads_go_on() throws Exception {
        SimpleDriverDataSource db = dataSource(dir.resolve("store"));
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("CREATE TABLE article (id INT PRIMARY KEY)");
        StoreWriteLock lock = new StoreWriteLock();
        DurableTransactionManager manager = new DurableTransactionManager(db, lock, StoreDialect.H2, false);
        TransactionTemplate write = new TransactionTemplate(manager);
        TransactionTemplate read = new TransactionTemplate(manager);
        read.setReadOnly(true);
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection keepOpen = db.getConnection()) {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> write.executeWithoutResult(s -> {
                jdbc.update("INSERT INTO article VALUES (1)");
                firstInside.countDown();
                await(letFirstCommit);
            }), threads);
            assertThat(firstInside.await(1, TimeUnit.MINUTES)).isTrue();
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> write.execute(s -> {
                jdbc.update("INSERT INTO article VALUES (2)");
                return jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class);
            }), threads);
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!lock.hasWaiters() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            assertThat(lock.hasWaiters()).as("the second write transaction waits for the lock").isTrue();
            Integer seenByRead = read.execute(s -> jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class));
            assertThat(seenByRead).as("a read does not wait, and sees nothing uncommitted").isZero();
            assertThat(second).isNotDone();

            letFirstCommit.countDown();
            first.get(1, TimeUnit.MINUTES);
            assertThat(second.get(1, TimeUnit.MINUTES)).as("the second began after the first committed").isEqualTo(2);
            assertThat(lock.isLocked()).isFalse();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_failed_write_transaction_releases_the_lock() {
        SimpleDriverDataSource db = dataSource(dir.resolve("failing"));
        StoreWriteLock lock = new StoreWriteLock();
        TransactionTemplate write = new TransactionTemplate(new DurableTransactionManager(db, lock, StoreDialect.H2, true));
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThatThrownBy(
                () -> write.executeWithoutResult(s -> jdbc.update("INSERT INTO no_such_table VALUES (1)")))
                .isInstanceOf(BadSqlGrammarException.class).hasMessageContaining("no_such_table");
        assertThat(lock.isLocked()).isFalse();
        write.executeWithoutResult(s -> jdbc.execute("CREATE TABLE t (id INT)"));
        assertThat(lock.isLocked()).isFalse();
    }

    private static SimpleDriverDataSource dataSource(Path file) {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:file:" + file + ";WRITE_DELAY=0", "sa", "");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

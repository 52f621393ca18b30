package org.newsatlas.store;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out the ids of new rows inside the write transaction that stores them (table {@code row_id}), in place of
 * H2's identity sequences, which write their cache margin in a transaction of their own: with H2 writing its file
 * at the end of every transaction, that put the writer's half-done transaction in the file, and after a kill -9
 * H2 did not always roll it back (see {@code V7__row_ids_in_the_writers_transaction.sql}). A counter here commits
 * or rolls back with the rows; an id is never handed out twice, also when rows written another way (an identity
 * default, a hand-written row) are above it.
 */
@Component
public class RowIds {

    /** The tables with a counter in {@code row_id} (schema V7). */
    private static final Set<String> TABLES = Set.of("article", "passage", "place", "mention", "exercise_mention",
            "border_mention");

    private final JdbcClient jdbc;

    public RowIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of one new row of {@code table}; only inside the transaction that writes the row. */
    public long next(String table) {
        return reserve(table, 1);
    }

    /** Reserves {@code count} consecutive ids of {@code table}; returns the first. */
    public long reserve(String table, int count) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("row ids are handed out only inside the transaction that "
                    + "writes the rows");
        }
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no row id counter for table " + table);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        int updated = jdbc.sql("UPDATE row_id SET last_id = GREATEST(last_id, (SELECT COALESCE(MAX(id), 0) FROM "
                + table + ")) + ? WHERE table_name = ?").params(count, table).update();
        if (updated != 1) {
            throw new IllegalStateException("no row id counter for table " + table);
        }
        long last = jdbc.sql("SELECT last_id FROM row_id WHERE table_name = ?").param(table).query(Long.class)
                .single();
        return last - count + 1;
    }
}

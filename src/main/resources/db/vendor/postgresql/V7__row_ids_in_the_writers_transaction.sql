-- Row ids are handed out by the app (store.RowIds) inside the transaction that writes the rows, from this table,
-- instead of by identity sequences. When an identity sequence has used up its cache, H2 writes the new margin
-- in a transaction of its own, and ending that transaction stores the file (WRITE_DELAY=0) while the writer's
-- transaction is half-done: its rows and its undo log went into the file, and after a kill -9 H2 could not always
-- read that log back, so the half transaction stayed (an article with some of its mentions). Counters here change
-- only inside the writer's transaction and commit or roll back with it.
-- No identity defaults any more: a row written without an id from row_id fails at once instead of taking an id
-- the counters would hand out again.
-- PostgreSQL: a new store has no rows yet (RowIds also never hands out an id at or below a table's MAX(id)), and the
-- row lock on a counter orders the writers of several app instances.
CREATE TABLE row_id (
    table_name      VARCHAR(64) PRIMARY KEY,
    last_id         BIGINT NOT NULL
);
INSERT INTO row_id (table_name, last_id)
VALUES ('article', 0), ('passage', 0), ('place', 0), ('mention', 0), ('exercise_mention', 0), ('border_mention', 0);
ALTER TABLE article ALTER COLUMN id DROP IDENTITY;
ALTER TABLE passage ALTER COLUMN id DROP IDENTITY;
ALTER TABLE place ALTER COLUMN id DROP IDENTITY;
ALTER TABLE mention ALTER COLUMN id DROP IDENTITY;
ALTER TABLE exercise_mention ALTER COLUMN id DROP IDENTITY;
ALTER TABLE border_mention ALTER COLUMN id DROP IDENTITY;

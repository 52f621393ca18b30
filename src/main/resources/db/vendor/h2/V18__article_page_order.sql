-- PostgreSQL gets an index on (published, id) here (db/vendor/postgresql/V18); H2's index on published already ends
-- in the row id. Nothing changes; the version keeps one history on both.
SELECT 1;

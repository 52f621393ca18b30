-- On H2 the words of each article for search are in a Lucene index in the data folder (search.LuceneArticleIndex);
-- PostgreSQL keeps them in the database (db/vendor/postgresql/V17). Nothing changes here; the version keeps one
-- history on both.
SELECT 1;

-- The words of each article for search, in the database (search.PostgresArticleIndex): every instance sharing the
-- store finds an article once one of them has indexed it. Filled by ArticleIndexer as article.search_indexed says.
ALTER TABLE article ADD COLUMN search_words tsvector;
CREATE INDEX article_search_words_idx ON article USING GIN (search_words);
-- Articles indexed before are indexed again (there are none on a new store)
UPDATE article SET search_indexed = FALSE;

-- Search reads an index of the articles' words kept beside the database (search.ArticleIndex, a Lucene index in
-- the data folder), derived from article.original_text and rebuilt from it when missing. This flag says which
-- articles the index holds: new articles start unindexed and are indexed in batches after they are stored.
ALTER TABLE article ADD COLUMN search_indexed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX article_search_indexed_idx ON article (search_indexed);

-- The search index: each distinct word of an article's text (text.SearchWords: letters and digits, folded to
-- lower case without accents, function words left out), so that a search reads the articles holding every word
-- of the query instead of scanning the text of every passage. Written with the article, in its transaction.
CREATE TABLE article_term (
    term            VARCHAR(40) NOT NULL,
    article_id      BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (term, article_id)
);
-- For "does this article hold a word starting with ..." and for the cascade on delete.
CREATE INDEX article_term_article_idx ON article_term (article_id, term);

-- Articles stored before this index existed are indexed in the background after start-up (article.WordIndexBackfill).
ALTER TABLE article ADD COLUMN words_indexed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX article_words_indexed_idx ON article (words_indexed);

-- Search lists the newest articles first.
CREATE INDEX article_published_id_idx ON article (published, id);

-- The articles in page order (date, then id) for the walk over a big feature's passages
-- (LayerMentionRepository.articleGroup): PostgreSQL sorted every dated article for each group of 500 (49 ms at 100k
-- articles, 0.7 ms with this index). H2's index on published already ends in the row id.
CREATE INDEX article_page_order_idx ON article (published, id);

-- A passage's place in the order of pages (its article's date, the article, its ordinal: undated articles first,
-- as H2 sorts NULL dates) kept on its month rows, so a month's passages of a feature are read in page order from
-- one index and the first page stops after its rows (LayerMentionRepository.linkedPassages) instead of sorting
-- every passage of the month. Written with the rows (MentionRepository.insertAnalysis); an article whose date
-- changes is re-analysed, which writes its month rows again.
ALTER TABLE passage_month ADD COLUMN article_id BIGINT;
ALTER TABLE passage_month ADD COLUMN published DATE;
ALTER TABLE passage_month ADD COLUMN ordinal INT;
UPDATE passage_month pm SET (article_id, published, ordinal) = (
    SELECT p.article_id, a.published, p.ordinal FROM passage p JOIN article a ON a.id = p.article_id
    WHERE p.id = pm.passage_id);
ALTER TABLE passage_month ALTER COLUMN article_id SET NOT NULL;
ALTER TABLE passage_month ALTER COLUMN ordinal SET NOT NULL;
-- With the passage id at its end it also holds what the index on (ym, passage_id) gave (a window's passages without
-- reading the rows), so that one and the one on ym alone go: fewer indexes to write per row, and the planner has
-- one index for a month, the one whose order the page reads.
-- PostgreSQL: undated articles first, as H2 sorts NULL by default and the queries ask (ORDER BY ... NULLS FIRST)
CREATE INDEX passage_month_page_idx ON passage_month (ym, published NULLS FIRST, article_id, ordinal, passage_id);
DROP INDEX passage_month_ym_idx;
DROP INDEX passage_month_ym_passage_idx;

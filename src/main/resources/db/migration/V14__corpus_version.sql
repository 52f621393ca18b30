-- One row that changes with every change of the links (an article's links added to or taken from the tallies:
-- import, deletion, re-analysis, correction): the key of the answers the layers keep (LayerMentionRepository.
-- corpusVersion). It was computed from COUNT(*) of the link tables on every answer, which H2 counts row by row while
-- another transaction writes (a bulk import, the search indexer): a quarter of a second at 100k articles.
-- mentions: the place mentions the tallies hold (how big the corpus is).
CREATE TABLE corpus_version (
    id              INT PRIMARY KEY,
    version         BIGINT NOT NULL,
    mentions        BIGINT NOT NULL
);
INSERT INTO corpus_version (id, version, mentions)
SELECT 1, 0, COALESCE(SUM(mentions), 0) FROM feature_tally WHERE source = 'PLACE' AND period_kind = 'A';

-- News Atlas schema v3: a person's corrections of the geoparser, kept across re-analysis.
-- Mentions are deleted and re-created whenever an article is analysed again, so a correction is keyed by the
-- article and the mention's half-open [start, end) offsets into article.original_text, with the text it covered
-- (a correction whose surface no longer matches the article's text is not applied).

CREATE TABLE mention_correction (
    article_id      BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset    INT NOT NULL,
    end_offset      INT NOT NULL,
    surface         VARCHAR(300) NOT NULL,
    -- the gazetteer id of the place the mention names ("gn:3833367", "country:AR"); NULL: not a place
    gazetteer_id    VARCHAR(64),
    corrected_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, start_offset, end_offset),
    CONSTRAINT mention_correction_span_valid CHECK (start_offset >= 0 AND end_offset > start_offset)
);

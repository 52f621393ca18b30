-- A person's answer for every mention of some words in the whole corpus, present and future ("Li" is not a place;
-- "Georgia" is the country): applied whenever an article is analysed, after the corrections of single spans
-- (mention_correction), which win where both apply. surface: the words exactly as in the text.
CREATE TABLE name_correction (
    surface         VARCHAR(300) PRIMARY KEY,
    -- the gazetteer id of the place the words name; NULL: not a place
    gazetteer_id    VARCHAR(64),
    corrected_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

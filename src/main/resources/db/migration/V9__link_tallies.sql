-- Counts kept as articles are stored (article.LinkTallies), so the map's layer counts and its histogram read a few
-- rows instead of counting every link of a month window. Derived data: rebuilt from the link tables whenever
-- tally_state says they were not built for the current way of classifying places (and after this migration).

-- Per feature and period: the passages linked to it that are tagged with a month of the period, their mentions
-- of it, and the articles they belong to. period_kind 'M' (period = the month's first day), 'Y' (the year's
-- first day; a passage tagged with several months of the year counts once) or 'A' (all time, every link, period
-- 0001-01-01). source as LayerMentionRepository.Source ('PLACE', 'EXERCISE', 'BORDER'); feature is the stored
-- place id for places, else the exercise or border id.
CREATE TABLE feature_tally (
    source          VARCHAR(8) NOT NULL,
    period_kind     CHAR(1) NOT NULL,
    period          DATE NOT NULL,
    feature         VARCHAR(100) NOT NULL,
    passages        INT NOT NULL,
    mentions        INT NOT NULL,
    articles        INT NOT NULL,
    PRIMARY KEY (source, period_kind, period, feature)
);

-- Per month (period_kind 'M') or year ('Y') and per set of link classes a passage has (mask): how many passages
-- have exactly those classes, and their links of each class. The histogram of any choice of layers sums the rows
-- whose mask meets the layers' classes.
CREATE TABLE histogram_tally (
    period_kind     CHAR(1) NOT NULL,
    period          DATE NOT NULL,
    mask            INT NOT NULL,
    passages        INT NOT NULL,
    exercises       INT NOT NULL,
    borders         INT NOT NULL,
    countries       INT NOT NULL,
    capitals        INT NOT NULL,
    other_places    INT NOT NULL,
    PRIMARY KEY (period_kind, period, mask)
);

-- One row: the classification the tallies were built with (a fingerprint of the capitals list and the tally
-- format); no row, or another fingerprint, means rebuild them.
CREATE TABLE tally_state (
    id              INT PRIMARY KEY,
    fingerprint     VARCHAR(64) NOT NULL,
    built_at        TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- The sum of the confidence of a feature's place mentions per period, beside their number: the map marks places
-- whose mentions are more likely wrong than right (mean confidence under a half) and can hide them. Exercises and
-- borders have no confidence (0). Filled by the tallies' rebuild, which the new tally format (LinkTallies.FORMAT)
-- asks for at the next start.
ALTER TABLE feature_tally ADD COLUMN confidence_sum DOUBLE PRECISION DEFAULT 0 NOT NULL;

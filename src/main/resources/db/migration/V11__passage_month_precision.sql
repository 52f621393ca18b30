-- How finely a passage's text pins each of its months down: 'day' (a date, a weekday, "yesterday") or 'month' (a
-- month name, "last week", a range of months). A publication month that stands in for a passage pinning none
-- (fallback) is 'month'. A year alone gives a passage no month, so no row is 'year'. Rows stored before this
-- migration are 'month'; re-running the geoparser (Articles) gives them their precision.
ALTER TABLE passage_month ADD COLUMN time_precision VARCHAR(5) DEFAULT 'month' NOT NULL;
ALTER TABLE passage_month ADD CONSTRAINT passage_month_precision_valid CHECK (time_precision IN ('day', 'month'));

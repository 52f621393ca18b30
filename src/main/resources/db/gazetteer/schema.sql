-- H2 form; db/gazetteer/schema-postgresql.sql is the same in PostgreSQL's schema "gazetteer".
-- The gazetteer's copy in its own H2 file (gazetteer.mv.db beside newsatlas.mv.db): the whole gazetteer (countries,
-- admin-1 units, GeoNames cities500, curated places) as the app loads it from geodata/, written by GazetteerStore
-- when the geodata's fingerprint differs from gazetteer_version's. Derived data: GazetteerDatabase deletes the file
-- when the app did not close it cleanly, and the next start writes it again. Run at every start (IF NOT EXISTS).

-- One row: which geodata the gazetteer tables hold. No row = never imported, or an import was interrupted.
CREATE TABLE IF NOT EXISTS gazetteer_version (
    singleton       INT DEFAULT 1 NOT NULL PRIMARY KEY CHECK (singleton = 1),
    fingerprint     CHAR(64) NOT NULL,              -- SHA-256 of the geodata files the loader reads
    place_count     INT NOT NULL,
    name_count      INT NOT NULL,
    import_millis   BIGINT NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- id is the gazetteer id the geoparser uses and place.gazetteer_id holds ("gn:1142170", "country:AF",
-- "admin1:CN.21", "curated:yellow-river"); feature_code: GeoNames' (PPLC, PPLA...) or a kind-like code.
CREATE TABLE IF NOT EXISTS gazetteer_place (
    id              VARCHAR(64) NOT NULL PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    feature_code    VARCHAR(10),
    country_code    CHAR(2),
    admin1_code     VARCHAR(20),
    population      BIGINT DEFAULT 0 NOT NULL,
    geom            GEOMETRY(POINT, 4326) NOT NULL
);
CREATE SPATIAL INDEX IF NOT EXISTS gazetteer_place_geom_idx ON gazetteer_place (geom);
CREATE INDEX IF NOT EXISTS gazetteer_place_country_idx ON gazetteer_place (country_code, admin1_code);

-- Every name a place is indexed under (own, ASCII, alternate names, abbreviations, demonyms), with the
-- normalised key the geoparser matches on (lower case, no diacritics/apostrophes/dots: "zabaykalsk").
-- No foreign key: the import empties both tables with TRUNCATE and refills them in batches.
CREATE TABLE IF NOT EXISTS gazetteer_name (
    place_id        VARCHAR(64) NOT NULL,
    name            VARCHAR(300) NOT NULL,
    name_key        VARCHAR(300) NOT NULL,
    match_type      VARCHAR(16) NOT NULL
);
CREATE INDEX IF NOT EXISTS gazetteer_name_key_idx ON gazetteer_name (name_key);
CREATE INDEX IF NOT EXISTS gazetteer_name_place_idx ON gazetteer_name (place_id);

-- News Atlas schema v4: the whole gazetteer (countries, admin-1 units, GeoNames cities500, curated places), as
-- the app loads it from geodata/ (GeodataGazetteerLoader), stored once per geodata version.
-- Written at start-up by GazetteerStore only when the geodata's fingerprint differs from gazetteer_version's.

-- One row: which geodata the gazetteer tables hold. No row = never imported, or an import was interrupted.
CREATE TABLE gazetteer_version (
    singleton       INT DEFAULT 1 NOT NULL PRIMARY KEY CHECK (singleton = 1),
    fingerprint     CHAR(64) NOT NULL,              -- SHA-256 of the geodata files the loader reads
    place_count     INT NOT NULL,
    name_count      INT NOT NULL,
    import_millis   BIGINT NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- id is the gazetteer id the geoparser uses and place.gazetteer_id holds ("gn:1142170", "country:AF",
-- "admin1:CN.21", "curated:yellow-river"); feature_code: GeoNames' (PPLC, PPLA...) or a kind-like code.
CREATE TABLE gazetteer_place (
    id              VARCHAR(64) NOT NULL PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    feature_code    VARCHAR(10),
    country_code    CHAR(2),
    admin1_code     VARCHAR(20),
    population      BIGINT DEFAULT 0 NOT NULL,
    geom            GEOMETRY(POINT, 4326) NOT NULL
);
CREATE SPATIAL INDEX gazetteer_place_geom_idx ON gazetteer_place (geom);
CREATE INDEX gazetteer_place_country_idx ON gazetteer_place (country_code, admin1_code);

-- Every name a place is indexed under (own, ASCII, alternate names, abbreviations, demonyms), with the
-- normalised key the geoparser matches on (lower case, no diacritics/apostrophes/dots: "zabaykalsk").
-- No foreign key: the import empties both tables with TRUNCATE and refills them in batches.
CREATE TABLE gazetteer_name (
    place_id        VARCHAR(64) NOT NULL,
    name            VARCHAR(300) NOT NULL,
    name_key        VARCHAR(300) NOT NULL,
    match_type      VARCHAR(16) NOT NULL
);
CREATE INDEX gazetteer_name_key_idx ON gazetteer_name (name_key);
CREATE INDEX gazetteer_name_place_idx ON gazetteer_name (place_id);

-- US counties ("Lamar County", geodata/us-counties.tsv.gz) are places of kind admin2.
ALTER TABLE place DROP CONSTRAINT place_kind_valid;
ALTER TABLE place ADD CONSTRAINT place_kind_valid
    CHECK (kind IN ('country', 'admin1', 'admin2', 'city', 'region', 'feature', 'site', 'continent'));

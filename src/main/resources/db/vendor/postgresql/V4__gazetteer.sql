-- PostgreSQL form of db/vendor/h2/V4. On H2 this version also created the gazetteer's tables in the article store,
-- which V6 moved out again; a PostgreSQL store never had them there (its copy is in the schema "gazetteer",
-- db/gazetteer/schema-postgresql.sql), so only the lasting part is here.

-- US counties ("Lamar County", geodata/us-counties.tsv.gz) are places of kind admin2.
ALTER TABLE place DROP CONSTRAINT place_kind_valid;
ALTER TABLE place ADD CONSTRAINT place_kind_valid
    CHECK (kind IN ('country', 'admin1', 'admin2', 'city', 'region', 'feature', 'site', 'continent'));

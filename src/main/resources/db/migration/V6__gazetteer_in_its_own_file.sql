-- News Atlas schema v6: the gazetteer's copy moves out of the article store into its own H2 file
-- (db/gazetteer/schema.sql, GazetteerDatabase): rewriting its ~700k rows shared H2's file with the articles, and a
-- kill -9 during that rewrite could leave the article store unreadable. The next start writes the copy anew.
DROP TABLE IF EXISTS gazetteer_name;
DROP TABLE IF EXISTS gazetteer_place;
DROP TABLE IF EXISTS gazetteer_version;

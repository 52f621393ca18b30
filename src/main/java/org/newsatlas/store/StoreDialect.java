package org.newsatlas.store;

import java.util.Locale;

/**
 * Which database holds the store: the embedded H2 file (one person, the default) or PostgreSQL + PostGIS (a team's
 * instances sharing one database, {@code NEWSATLAS_DB_URL}). The SQL is the same where a standard form exists; this
 * says where the two differ (durability, locks across instances, the gazetteer's copy, text search).
 */
public enum StoreDialect {
    H2, POSTGRESQL;

    /** The dialect of a JDBC URL. */
    public static StoreDialect of(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("The store's database must be H2 (jdbc:h2:...) or PostgreSQL "
                + "(jdbc:postgresql://host:port/name); NEWSATLAS_DB_URL is " + (url.isEmpty() ? "empty" : jdbcUrl));
    }

    public boolean isPostgres() {
        return this == POSTGRESQL;
    }
}

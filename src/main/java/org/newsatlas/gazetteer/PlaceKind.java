package org.newsatlas.gazetteer;

/** What sort of thing a {@link Place} is; the geoparse JSON writes it in lower case. */
public enum PlaceKind {
    COUNTRY, ADMIN1, ADMIN2, CITY, REGION, FEATURE, SITE, CONTINENT
}

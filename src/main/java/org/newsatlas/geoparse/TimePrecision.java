package org.newsatlas.geoparse;

import java.util.Locale;

/**
 * How finely a text pins a time down: to a day ("on August 9", "Thursday", "yesterday"), a month ("in June", "last
 * week", "from June to August") or only a year ("in 2014", "last year", "since 2005"). Finer is first.
 */
public enum TimePrecision {
    DAY, MONTH, YEAR;

    /** The finer of the two. */
    public TimePrecision finer(TimePrecision other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** "day", "month", "year": the stored and shown form. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

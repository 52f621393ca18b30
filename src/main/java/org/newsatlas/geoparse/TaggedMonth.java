package org.newsatlas.geoparse;

import java.time.YearMonth;
import java.util.Objects;

/** A month a passage speaks of, and how finely its text pinned it down ({@link TimePrecision#DAY} or MONTH). */
public record TaggedMonth(YearMonth month, TimePrecision precision) {

    public TaggedMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(precision, "precision");
    }
}

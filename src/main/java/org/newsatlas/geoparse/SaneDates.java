package org.newsatlas.geoparse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The dates News Atlas can put on its month bar and map: the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 * An article dated outside them is refused at import, the time tagger gives no month outside them, and a map link
 * to a month outside them is answered with a message. The one place that says which years are sane.
 */
public final class SaneDates {

    public static final int FIRST_YEAR = 1800;
    public static final int LAST_YEAR = 2200;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);
    /** "1800–2200", for messages. */
    public static final String RANGE = FIRST_YEAR + "–" + LAST_YEAR;

    private SaneDates() {
    }

    public static boolean containsYear(long year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean contains(LocalDate date) {
        return containsYear(date.getYear());
    }

    public static boolean contains(YearMonth month) {
        return containsYear(month.getYear());
    }

    /** Why an article with this publication date cannot be stored; empty when it can (an unknown date can). */
    public static Optional<String> publicationDateProblem(LocalDate published) {
        if (published == null || contains(published)) {
            return Optional.empty();
        }
        return Optional.of("publication date " + published + " is outside " + RANGE);
    }
}

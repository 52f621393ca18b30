package org.newsatlas.geoparse;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

/** English month and weekday names as they appear in news text, and year inference for a bare month. */
final class MonthNames {

    /** Full names and the usual abbreviations, longest first so that the regex prefers "Sept" to "Sep". */
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /** Full month names that are also common words or first names: they need a cue when alone. */
    private static final Set<Month> AMBIGUOUS = Set.of(Month.MARCH, Month.MAY, Month.APRIL, Month.JUNE,
            Month.AUGUST);

    private MonthNames() {
    }

    /** The month for a full name or abbreviation ("Aug", "Sept."), case-insensitive. */
    static Month month(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        key = key.length() > 3 ? key.substring(0, 3) : key;
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    static boolean isAbbreviation(String name) {
        String plain = name.replace(".", "");
        return !month(plain).name().equalsIgnoreCase(plain);
    }

    /** A full month name that may be a modal verb, a noun or a first name ("may", "march", "June"). */
    static boolean needsCueWhenAlone(String name) {
        return AMBIGUOUS.contains(month(name));
    }

    /**
     * The occurrence of {@code month} nearest to the publication month: of the same month in the
     * previous, the same and the next year, the one with the fewest months between; a tie (six months
     * either way) goes to the past, since news more often reports than announces.
     */
    static YearMonth nearest(Month month, LocalDate published) {
        YearMonth pub = YearMonth.from(published);
        YearMonth best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = pub.getYear() - 1; year <= pub.getYear() + 1; year++) {
            YearMonth candidate = YearMonth.of(year, month);
            long distance = Math.abs(pub.until(candidate, java.time.temporal.ChronoUnit.MONTHS));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static boolean plausibleYear(int year) {
        return year >= 1900 && year <= 2100;
    }
}

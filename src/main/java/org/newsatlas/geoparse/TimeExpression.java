package org.newsatlas.geoparse;

import java.time.YearMonth;
import java.util.Set;

/**
 * One time expression found in a passage: {@code [start,end)} are Java String offsets into the text
 * given to {@link TimeTagger#tag}, {@code from..to} the months it covers (inclusive, from &lt;= to), and
 * {@code rule} names the rule that recognised it. Rules whose name starts with {@code year} are
 * year-level (see {@link #yearLevel()}): they never give a passage months of their own.
 */
public record TimeExpression(int start, int end, String text, YearMonth from, YearMonth to, String rule) {

    /** Rules that name one day: a date, a weekday, "yesterday", "three days ago", "15 years ago today". */
    private static final Set<String> DAY_RULES = Set.of("month-day", "month-day-year", "day-month", "day-month-year",
            "iso-date", "weekday", "relative-day", "ago-day");

    public TimeExpression {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " after to " + to);
        }
    }

    /** The same expression with offsets moved by {@code offset}, e.g. from a passage into its article. */
    public TimeExpression shifted(int offset) {
        return new TimeExpression(start + offset, end + offset, text, from, to, rule);
    }

    /** True for expressions that only name a year or a vague part of one ("in 2018", "earlier this year"). */
    public boolean yearLevel() {
        return rule.startsWith("year");
    }

    /** How finely the expression pins its time down: a day for a date or a weekday, a year when year-level. */
    public TimePrecision precision() {
        if (yearLevel()) {
            return TimePrecision.YEAR;
        }
        return DAY_RULES.contains(rule) ? TimePrecision.DAY : TimePrecision.MONTH;
    }
}

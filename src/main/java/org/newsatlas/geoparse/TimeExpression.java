package org.newsatlas.geoparse;

import java.time.YearMonth;

/**
 * One time expression found in a passage: {@code [start,end)} are Java String offsets into the text
 * given to {@link TimeTagger#tag}, {@code from..to} the months it covers (inclusive, from &lt;= to), and
 * {@code rule} names the rule that recognised it. Rules whose name starts with {@code year} are
 * year-level (see {@link #yearLevel()}): they only date a passage that has nothing more specific.
 */
public record TimeExpression(int start, int end, String text, YearMonth from, YearMonth to, String rule) {

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
}

package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins two calendar dates written as a range into one expression: "from August 22 to September 4",
 * "between June and August", "August 22-September 4", "June through August". A second date without a
 * year that would fall before the first moves to the next year ("December 20 to January 5"); a first
 * date without a year takes the second's year ("from August 22 to September 4, 2021"). Years are not
 * joined ("from 2018 to 2020" stays two year-level expressions).
 */
final class DateRangeJoiner {

    static final String RANGE = "range";
    private static final Pattern CONNECTOR = Pattern.compile("(?i)^\\s*(?:to|through|until|till|-|–|—)\\s*$");
    private static final Pattern AND = Pattern.compile("(?i)^\\s*and\\s*$");
    private static final Pattern OPENER = Pattern.compile("(?i)\\b(?<word>from|between)\\s+$");

    /** {@code sorted}: non-overlapping expressions in text order. */
    List<TimeExpression> join(String text, List<TimeExpression> sorted) {
        List<TimeExpression> out = new ArrayList<>(sorted);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeExpression joined = tryJoin(text, out.get(i), out.get(i + 1));
            if (joined != null) {
                out.set(i, joined);
                out.remove(i + 1);
            }
        }
        return out;
    }

    private TimeExpression tryJoin(String text, TimeExpression a, TimeExpression b) {
        if (!calendar(a) || !calendar(b)) {
            return null;
        }
        String between = text.substring(a.end(), b.start());
        var opener = OPENER.matcher(text.substring(Math.max(0, a.start() - 12), a.start()));
        boolean hasOpener = opener.find();
        boolean afterBetween = hasOpener && opener.group("word").equalsIgnoreCase("between");
        if (!CONNECTOR.matcher(between).find() && !(afterBetween && AND.matcher(between).find())) {
            return null;
        }
        var from = a.from();
        var to = b.to();
        if (inferred(a) && !inferred(b)) {
            from = from.withYear(to.getYear());
            from = from.isAfter(to) ? from.minusYears(1) : from;
        }
        while (inferred(b) && to.isBefore(from)) {
            to = to.plusYears(1);
        }
        if (to.isBefore(from)) {
            return null;
        }
        int start = hasOpener ? a.start() - (opener.end() - opener.start()) : a.start();
        return new TimeExpression(start, b.end(), text.substring(start, b.end()), from, to, RANGE);
    }

    private static boolean calendar(TimeExpression e) {
        return e.rule().startsWith("month") || e.rule().startsWith("day-month") || e.rule().equals("iso-date");
    }

    private static boolean inferred(TimeExpression e) {
        return CalendarDateRecognizer.INFERRED_YEAR.contains(e.rule());
    }
}

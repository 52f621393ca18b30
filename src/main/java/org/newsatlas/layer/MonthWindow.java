package org.newsatlas.layer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a map or a query looks at: one month, a range, a half-open range, or all time. A null bound is
 * open. Layers resolve time to the month, since passages are tagged by month.
 * <p>
 * The one text form of a window ({@link #format}, {@link #parse}) is the map link's: {@code 2021-08} for one month,
 * {@code 2021-06..2021-09} for a range, {@code ..2021-09} / {@code 2021-06..} for an open end, the empty string for
 * all time. The OGC API's {@code datetime=a/b} is read into a window at the API's edge. In Java the evaluator is
 * {@link #contains} (an exercise's own months, the month bar); the database asks the same inclusive bounds of
 * {@code passage_month.ym} ({@link LayerMentionRepository}).
 */
public record MonthWindow(YearMonth from, YearMonth to) {

    public static final MonthWindow ALL_TIME = new MonthWindow(null, null);
    /** Between the bounds of a range, and in place of an open bound's month. */
    public static final String RANGE = "..";
    /** A month as text may write it; the year may be any length or signed, to say "outside" rather than "not a month". */
    private static final Pattern MONTH_TEXT = Pattern.compile("([+-]?\\d{1,12})-(\\d{2})");

    public MonthWindow {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the window starts (" + from + ") after it ends (" + to + ")");
        }
    }

    public static MonthWindow of(YearMonth month) {
        return new MonthWindow(month, month);
    }

    public static MonthWindow between(YearMonth from, YearMonth to) {
        return new MonthWindow(from, to);
    }

    /** The months a day range touches. */
    public static MonthWindow covering(LocalDate first, LocalDate last) {
        return new MonthWindow(first == null ? null : YearMonth.from(first), last == null ? null : YearMonth.from(last));
    }

    /**
     * Reads the text {@link #format} writes: {@code 2021-08}, {@code 2021-06..2021-09}, {@code ..2021-09},
     * {@code 2021-06..} or blank (all time), space around the months ignored; any year {@link YearMonth} holds.
     *
     * @throws BadText saying what is wrong ({@link BadText#problem()}) and quoting the text
     */
    public static MonthWindow parse(String text) {
        return parse(text, year -> year >= Year.MIN_VALUE && year <= Year.MAX_VALUE, true);
    }

    /**
     * {@link #parse(String)} with a check of each bound's year ({@link Problem#OUTSIDE}) and, unless
     * {@code openEnds}, an empty bound read as {@link Problem#NOT_A_MONTH}. Bounds are read from the first to the
     * last, each checked as it is read; a reversed range is refused once both are read.
     */
    public static MonthWindow parse(String text, LongPredicate allowedYears, boolean openEnds) {
        if (text.isBlank()) {
            return ALL_TIME;
        }
        int range = text.indexOf(RANGE);
        if (range < 0) {
            return of(month(text, text, allowedYears));
        }
        String fromText = text.substring(0, range);
        String toText = text.substring(range + RANGE.length());
        if (fromText.isBlank() && toText.isBlank()) {
            throw new BadText(Problem.NOT_A_MONTH, text);
        }
        YearMonth from = fromText.isBlank() && openEnds ? null : month(fromText, text, allowedYears);
        YearMonth to = toText.isBlank() && openEnds ? null : month(toText, text, allowedYears);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadText(Problem.REVERSED, text);
        }
        return new MonthWindow(from, to);
    }

    /** The text {@link #parse} reads: "2021-08", "2021-06..2021-09", "..2021-09", "2021-06..", "" for all time. */
    public String format() {
        if (from != null && from.equals(to)) {
            return from.toString();
        }
        return isAllTime() ? "" : (from == null ? "" : from.toString()) + RANGE + (to == null ? "" : to.toString());
    }

    public boolean isAllTime() {
        return from == null && to == null;
    }

    /** Both ends are months (one month or a closed range). */
    public boolean isClosed() {
        return from != null && to != null;
    }

    /** The evaluator: is the month inside this window (bounds included; an open bound reaches any month)? */
    public boolean contains(YearMonth month) {
        return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
    }

    /** True when one of the months is inside this window; all time contains every list, even an empty one. */
    public boolean containsAny(Collection<YearMonth> months) {
        return isAllTime() || months.stream().anyMatch(this::contains);
    }

    @Override
    public String toString() {
        return isAllTime() ? "all time" : format();
    }

    private static YearMonth month(String text, String whole, LongPredicate allowedYears) {
        Matcher m = MONTH_TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new BadText(Problem.NOT_A_MONTH, whole);
        }
        long year = Long.parseLong(m.group(1));
        int monthOfYear = Integer.parseInt(m.group(2));
        if (monthOfYear < 1 || monthOfYear > 12) {
            throw new BadText(Problem.NOT_A_MONTH, whole);
        }
        if (!allowedYears.test(year)) {
            throw new BadText(Problem.OUTSIDE, whole);
        }
        try {
            return YearMonth.of(Math.toIntExact(year), monthOfYear);
        } catch (DateTimeException | ArithmeticException e) {
            throw new BadText(Problem.OUTSIDE, whole);
        }
    }

    /** What is wrong with a window's text. */
    public enum Problem {
        NOT_A_MONTH("is not a month like 2021-08 or a range like 2021-06..2021-09"),
        OUTSIDE("has a year outside the years allowed"),
        REVERSED("ends before it starts");

        private final String words;

        Problem(String words) {
            this.words = words;
        }
    }

    /** Text that is not a month window, with the reason as a {@link Problem}. */
    public static final class BadText extends IllegalArgumentException {
        private final Problem problem;
        private final String text;

        BadText(Problem problem, String text) {
            super("'" + text + "' " + problem.words);
            this.problem = problem;
            this.text = text;
        }

        public Problem problem() {
            return problem;
        }

        public String text() {
            return text;
        }
    }
}

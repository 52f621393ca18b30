package org.newsatlas.geoparse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Dates a passage: finds its time expressions (calendar dates, years, expressions relative to the
 * publication date, weekdays), keeps the longest where two overlap, joins written ranges, and returns
 * the months spoken of, sorted and distinct.
 * <ul>
 * <li>Month-level expressions (dates, months, ranges, "next month", weekdays ...) give their months.</li>
 * <li>Year-level ones ("in 2014", "this year", "earlier this year") count, as all their months, only when
 *     the passage has no month-level expression: a map month filter should not light a passage up for a
 *     whole year because it also says "since 2005". The whole publication year ("2021" or "this year" in
 *     a 2021 article) says no more than the publication date, so it gives the publication month.</li>
 * <li>A range longer than {@value #MAX_RANGE_MONTHS} months contributes its first and last month only.</li>
 * <li>Nothing found: the publication month, with {@code fallback = true}; no publication date then
 *     gives no months (and {@code fallback = false}).</li>
 * <li>No month outside {@link SaneDates} is ever returned (a "next year" in an article dated 2200 speaks of a
 *     year the month bar cannot show); a publication date outside them counts as no publication date.</li>
 * </ul>
 */
public final class TimeTagger {

    static final int MAX_RANGE_MONTHS = 24;

    private final List<TimeRecognizer> recognizers;
    private final DateRangeJoiner joiner = new DateRangeJoiner();

    public TimeTagger() {
        this(List.of(new CalendarDateRecognizer(), new YearRecognizer(), new RelativeDateRecognizer(),
                new WeekdayRecognizer()));
    }

    TimeTagger(List<TimeRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    /** {@code published} may be null: relative expressions and months without a year then stay unresolved. */
    public PassageTime tag(String text, LocalDate publishedAsGiven) {
        Objects.requireNonNull(text, "text");
        LocalDate published = publishedAsGiven == null || !SaneDates.contains(publishedAsGiven) ? null
                : publishedAsGiven;
        List<TimeExpression> found = new ArrayList<>();
        for (TimeRecognizer recognizer : recognizers) {
            found.addAll(recognizer.find(text, published));
        }
        List<TimeExpression> expressions = joiner.join(text, longestFirst(found));
        YearMonth pub = published == null ? null : YearMonth.from(published);
        TreeSet<YearMonth> months = months(expressions, false, pub);
        if (months.isEmpty()) {
            months = months(expressions, true, pub);
        }
        if (months.isEmpty() && published != null) {
            return new PassageTime(List.of(YearMonth.from(published)), expressions, true);
        }
        return new PassageTime(List.copyOf(months), expressions, false);
    }

    /** Keeps the longest of overlapping expressions (the earlier on a tie), returned in text order. */
    private static List<TimeExpression> longestFirst(List<TimeExpression> found) {
        List<TimeExpression> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt((TimeExpression e) -> e.start() - e.end())
                .thenComparingInt(TimeExpression::start));
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression e : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < e.end() && e.start() < k.end())) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt(TimeExpression::start));
        return kept;
    }

    private static TreeSet<YearMonth> months(List<TimeExpression> expressions, boolean yearLevel, YearMonth pub) {
        TreeSet<YearMonth> months = new TreeSet<>();
        for (TimeExpression e : expressions) {
            if (e.yearLevel() != yearLevel) {
                continue;
            }
            if (pub != null && wholeYearOf(e, pub)) {
                months.add(pub);
                continue;
            }
            long span = e.from().until(e.to(), java.time.temporal.ChronoUnit.MONTHS) + 1;
            if (span > MAX_RANGE_MONTHS) {
                months.add(e.from());
                months.add(e.to());
                continue;
            }
            for (YearMonth m = e.from(); !m.isAfter(e.to()); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        months.removeIf(m -> !SaneDates.contains(m));
        return months;
    }

    private static boolean wholeYearOf(TimeExpression e, YearMonth pub) {
        return e.from().equals(YearMonth.of(pub.getYear(), 1)) && e.to().equals(YearMonth.of(pub.getYear(), 12));
    }
}

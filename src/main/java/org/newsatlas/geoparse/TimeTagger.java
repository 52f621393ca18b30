package org.newsatlas.geoparse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Dates a passage by the events it reports: finds its time expressions (calendar dates, years, expressions relative
 * to the publication date, weekdays), keeps the longest where two overlap, joins written ranges, and returns the
 * months its text pins down, sorted and distinct, each with its precision (a day or a month).
 * <ul>
 * <li>Month-level expressions (dates, months, ranges, "next month", weekdays ...) give their months.</li>
 * <li>Year-level ones ("in 2014", "the 1956 treaty", "since 2005", "this year", "two years ago") give no month: a
 *     year named in passing does not put the passage into every month of that year, and a year alone does not say
 *     which month an event fell in.</li>
 * <li>A range longer than {@value #MAX_RANGE_MONTHS} months contributes its first and last month only.</li>
 * <li>No month pinned down: the publication month, with {@code fallback = true}; no publication date then gives
 *     no months (and {@code fallback = false}): an undated article keeps only the months its text pins down.</li>
 * <li>No month outside {@link SaneDates} is ever returned (a "next month" in an article dated December 2200 speaks
 *     of a month the month bar cannot show); a publication date outside them counts as no publication date.</li>
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
        TreeMap<YearMonth, TimePrecision> months = months(expressions);
        if (months.isEmpty() && published != null) {
            return new PassageTime(List.of(new TaggedMonth(YearMonth.from(published), TimePrecision.MONTH)),
                    expressions, true);
        }
        List<TaggedMonth> tagged = new ArrayList<>();
        months.forEach((month, precision) -> tagged.add(new TaggedMonth(month, precision)));
        return new PassageTime(tagged, expressions, false);
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

    /** The months of the month-level expressions, each with the finest precision any of them gives it. */
    private static TreeMap<YearMonth, TimePrecision> months(List<TimeExpression> expressions) {
        TreeMap<YearMonth, TimePrecision> months = new TreeMap<>();
        for (TimeExpression e : expressions) {
            if (e.yearLevel()) {
                continue;
            }
            long span = e.from().until(e.to(), ChronoUnit.MONTHS) + 1;
            List<YearMonth> covered = new ArrayList<>();
            if (span > MAX_RANGE_MONTHS) {
                covered.add(e.from());
                covered.add(e.to());
            } else {
                for (YearMonth m = e.from(); !m.isAfter(e.to()); m = m.plusMonths(1)) {
                    covered.add(m);
                }
            }
            for (YearMonth m : covered) {
                if (SaneDates.contains(m)) {
                    months.merge(m, e.precision(), TimePrecision::finer);
                }
            }
        }
        return months;
    }
}

package org.newsatlas.layer;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The months a map or a query looks at: one month, a range, a half-open range, or all time. A null bound is
 * open. Layers resolve time to the month, since passages are tagged by month.
 */
public record MonthWindow(YearMonth from, YearMonth to) {

    public static final MonthWindow ALL_TIME = new MonthWindow(null, null);

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

    public boolean isAllTime() {
        return from == null && to == null;
    }

    public boolean contains(YearMonth month) {
        return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
    }

    /** True when some month of {@code first..last} (inclusive) lies in this window. */
    public boolean overlaps(YearMonth first, YearMonth last) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }

    @Override
    public String toString() {
        if (isAllTime()) {
            return "all time";
        }
        return (from == null ? ".." : from.toString()) + "/" + (to == null ? ".." : to.toString());
    }
}

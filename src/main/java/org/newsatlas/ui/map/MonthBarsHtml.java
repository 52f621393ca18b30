package org.newsatlas.ui.map;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The bars of a month histogram as one piece of HTML (one element on the server however many months there
 * are) and the months that have a bar. Every session shows the same histogram, so the last one rendered is kept
 * and shared: sessions hold the same string instead of a copy each. The pressed state is not in it
 * ({@link MonthFilter} sets it). Every text is escaped, though it holds only months and numbers.
 */
record MonthBarsHtml(NavigableMap<YearMonth, Long> counts, String html, NavigableSet<YearMonth> months) {

    private static final int MAX_EMPTY_BARS = 2;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static volatile MonthBarsHtml last = new MonthBarsHtml(new TreeMap<>(), "", new TreeSet<>());

    static MonthBarsHtml of(NavigableMap<YearMonth, Long> counts) {
        MonthBarsHtml shared = last;
        if (!shared.counts.equals(counts)) {
            shared = render(Collections.unmodifiableNavigableMap(new TreeMap<>(counts)));
            last = shared;
        }
        return shared;
    }

    private static MonthBarsHtml render(NavigableMap<YearMonth, Long> counts) {
        NavigableSet<YearMonth> months = new TreeSet<>();
        StringBuilder html = new StringBuilder();
        if (!counts.isEmpty()) {
            long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
            YearMonth month = counts.firstKey();
            while (!month.isAfter(counts.lastKey())) {
                YearMonth nextWithData = counts.ceilingKey(month);
                if (month.until(nextWithData, ChronoUnit.MONTHS) > MAX_EMPTY_BARS) {
                    gap(html, month, nextWithData.minusMonths(1));
                    month = nextWithData;
                } else {
                    bar(html, month, counts.getOrDefault(month, 0L), max);
                    months.add(month);
                    month = month.plusMonths(1);
                }
            }
        }
        return new MonthBarsHtml(counts, html.toString(), Collections.unmodifiableNavigableSet(months));
    }

    /** A long run of months without passages, folded into one narrow mark so the months with data stay wide. */
    private static void gap(StringBuilder html, YearMonth from, YearMonth to) {
        String words = escape(SHORT.format(from) + " – " + SHORT.format(to) + ": no passages");
        html.append("<div class=\"na-month-gap\" title=\"").append(words).append("\" aria-label=\"")
                .append(words).append("\" role=\"img\"></div>");
    }

    private static void bar(StringBuilder html, YearMonth month, long count, long max) {
        String words = escape(MonthFilter.MONTH_WORDS.format(month) + ", " + count
                + (count == 1 ? " passage" : " passages"));
        long height = count == 0 ? 0 : Math.max(12, 100 * count / max);
        html.append("<div class=\"na-month-bar\" title=\"").append(words).append("\" aria-label=\"")
                .append(words).append("\" role=\"button\" tabindex=\"0\" data-month=\"")
                .append(escape(month.toString())).append("\"><div class=\"na-month-bar__fill\" style=\"height: ")
                .append(height).append("%;\"></div></div>");
    }

    /** Text for HTML: the five characters that could end an attribute or start a tag, as entities. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> String.valueOf((char) c);
        }));
        return out.toString();
    }
}

package org.newsatlas.ui.map;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    /**
     * The twelve months of one year (a timeline zoomed in from its years), every month a bar labelled with its
     * initial, not shared (each zoom is one session's).
     */
    static MonthBarsHtml ofYear(NavigableMap<YearMonth, Long> counts, int year) {
        NavigableMap<YearMonth, Long> ofYear = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            ofYear.put(YearMonth.of(year, m), counts.getOrDefault(YearMonth.of(year, m), 0L));
        }
        long max = Math.max(1, ofYear.values().stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder html = new StringBuilder();
        ofYear.forEach((month, count) -> bar(html, month, count, max,
                month.getMonth().getDisplayName(java.time.format.TextStyle.NARROW, Locale.ENGLISH)));
        return new MonthBarsHtml(Collections.unmodifiableNavigableMap(ofYear), html.toString(),
                Collections.unmodifiableNavigableSet(new TreeSet<>(ofYear.keySet())));
    }

    /**
     * One bar per year from the first to the last (a corpus of years): {@code data-year} instead of a month; a run of
     * more than {@value #MAX_EMPTY_BARS} years without passages folds into one narrow mark (old years a text names
     * in passing would otherwise squeeze the years of the news to slivers, and a phone's screen overflow). Labels on
     * every year while they fit (up to 12 bars), else on every second, fifth or tenth year, so they never overlap.
     */
    static String years(NavigableMap<Integer, Long> counts) {
        StringBuilder html = new StringBuilder();
        if (counts.isEmpty()) {
            return "";
        }
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<int[]> items = new ArrayList<>(); // {year} a bar, {from, to} a folded run
        for (int year = counts.firstKey(); year <= counts.lastKey(); year++) {
            Integer next = counts.ceilingKey(year);
            if (next - year > MAX_EMPTY_BARS) {
                items.add(new int[] {year, next - 1});
                year = next - 1;
            } else {
                items.add(new int[] {year});
            }
        }
        long bars = items.stream().filter(i -> i.length == 1).count();
        int every = bars <= 12 ? 1 : bars <= 24 ? 2 : bars <= 60 ? 5 : 10;
        for (int[] item : items) {
            if (item.length == 2) {
                String words = escape(item[0] + " – " + item[1] + ": no passages");
                html.append("<div class=\"na-month-gap\" title=\"").append(words).append("\" aria-label=\"")
                        .append(words).append("\" role=\"img\"></div>");
                continue;
            }
            int year = item[0];
            long count = counts.getOrDefault(year, 0L);
            String words = escape(year + ", " + count + (count == 1 ? " passage" : " passages"));
            html.append("<div class=\"na-month-bar na-year-bar\" title=\"").append(words).append("\" aria-label=\"")
                    .append(words).append("\" role=\"button\" tabindex=\"-1\" data-year=\"").append(year)
                    .append("\"><div class=\"na-month-bar__fill\" style=\"height: ").append(height(count, max))
                    .append("%;\"></div>");
            if (year % every == 0) {
                html.append("<span class=\"na-month-bar__label\" aria-hidden=\"true\">").append(year).append("</span>");
            }
            html.append("</div>");
        }
        return html.toString();
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
                    bar(html, month, counts.getOrDefault(month, 0L), max, null);
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

    private static void bar(StringBuilder html, YearMonth month, long count, long max, String label) {
        String words = escape(MonthFilter.MONTH_WORDS.format(month) + ", " + count
                + (count == 1 ? " passage" : " passages"));
        html.append("<div class=\"na-month-bar\" title=\"").append(words).append("\" aria-label=\"")
                .append(words).append("\" role=\"button\" tabindex=\"-1\" data-month=\"")
                .append(escape(month.toString())).append("\"><div class=\"na-month-bar__fill\" style=\"height: ")
                .append(height(count, max)).append("%;\"></div>");
        if (label != null) {
            html.append("<span class=\"na-month-bar__label\" aria-hidden=\"true\">").append(escape(label))
                    .append("</span>");
        }
        html.append("</div>");
    }

    private static long height(long count, long max) {
        return count == 0 ? 0 : Math.max(12, 100 * count / max);
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

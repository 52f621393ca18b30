package org.newsatlas.geoparse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions relative to the publication date: "yesterday", "today", "this week", "last week",
 * "next month", "earlier this month", "last June", "this June", "June last year", "two weeks ago",
 * "this year", "earlier this year", "next year". "last June" is the latest June before the publication
 * month, "next June" the first after it, "this June" the one in the publication year. A week is Monday
 * to Sunday; "the past week/month/year" is the span ending on the publication date. Expressions that
 * only name a year (or a vague part of one, or "two years ago") are year-level. Nothing resolves without a
 * publication date.
 */
final class RelativeDateRecognizer implements TimeRecognizer {

    private static final TriggeredPattern DAY_WORD = TriggeredPattern.atWords(
            Pattern.compile("(?i)\\b(?<word>yesterday|today|tonight|tomorrow)\\b"),
            "yesterday", "today", "tonight", "tomorrow");
    private static final TriggeredPattern UNIT = TriggeredPattern.atWords(
            Pattern.compile("(?i)\\b(?:(?<part>earlier|later|early|late)\\s+)?"
                    + "(?<which>this|last|next|past|coming)\\s+(?<unit>week|month|year)\\b(?!\\s+of\\b)"),
            "earlier", "later", "early", "late", "this", "last", "next", "past", "coming");
    private static final TriggeredPattern NAMED_MONTH = TriggeredPattern.atWords(
            Pattern.compile("\\b(?<which>(?i:last|this|next|(?:earlier|later)"
                    + "\\s+this))\\s+(?<mon>January|February|March|April|May|June|July|August|September|October"
                    + "|November|December)\\b"),
            "last", "this", "next", "earlier", "later");
    private static final TriggeredPattern MONTH_OF_YEAR = TriggeredPattern.atWords(
            Pattern.compile("\\b(?<mon>" + MonthNames.MONTH
                    + ")\\b\\.?\\s+(?:of\\s+)?(?<which>(?i:this|last|next))\\s+(?i:year)\\b"),
            TriggeredPattern.alternatives(MonthNames.MONTH));
    private static final TriggeredPattern AGO = TriggeredPattern.atWordsOrDigits(
            Pattern.compile("(?i)\\b(?<n>an?|one|two|three|four|five|six|seven|eight"
                    + "|nine|ten|eleven|twelve|\\d{1,2})\\s+(?<unit>day|week|month|year)s?\\s+ago\\b"
                    + "(?<today>\\s+today\\b)?"),
            "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    @Override
    public List<TimeExpression> find(String text, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        if (published == null) {
            return found;
        }
        YearMonth pub = YearMonth.from(published);
        scan(text, DAY_WORD, found, m -> days(m.group("word"), published));
        scan(text, UNIT, found, m -> unit(m, published));
        scan(text, NAMED_MONTH, found, m -> namedMonth(m.group("which"), MonthNames.month(m.group("mon")), pub));
        scan(text, MONTH_OF_YEAR, found, m -> monthOfYear(m, pub));
        scan(text, AGO, found, m -> ago(m, published));
        return found;
    }

    /** A resolved span and its rule, before the text offsets are attached. */
    private record Span(YearMonth from, YearMonth to, String rule) {
        static Span of(LocalDate from, LocalDate to, String rule) {
            return new Span(YearMonth.from(from), YearMonth.from(to), rule);
        }
    }

    private static void scan(String text, TriggeredPattern p, List<TimeExpression> out,
                             Function<Matcher, Span> resolve) {
        p.forEachMatch(text, m -> {
            Span s = resolve.apply(m);
            out.add(new TimeExpression(m.start(), m.end(), m.group(), s.from(), s.to(), s.rule()));
        });
    }

    private static Span days(String word, LocalDate published) {
        int offset = switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        LocalDate day = published.plusDays(offset);
        return Span.of(day, day, "relative-day");
    }

    private static Span unit(Matcher m, LocalDate published) {
        String which = m.group("which").toLowerCase(Locale.ROOT);
        String part = m.group("part") == null ? "" : m.group("part").toLowerCase(Locale.ROOT);
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "week" -> week(which, published);
            case "month" -> month(which, YearMonth.from(published));
            default -> year(which, part, YearMonth.from(published));
        };
    }

    private static Span week(String which, LocalDate published) {
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (which) {
            case "last" -> Span.of(monday.minusWeeks(1), monday.minusDays(1), "relative-week");
            case "past" -> Span.of(published.minusDays(7), published, "relative-week");
            case "next", "coming" -> Span.of(monday.plusWeeks(1), monday.plusDays(13), "relative-week");
            default -> Span.of(monday, monday.plusDays(6), "relative-week");
        };
    }

    private static Span month(String which, YearMonth pub) {
        return switch (which) {
            case "last" -> new Span(pub.minusMonths(1), pub.minusMonths(1), "relative-month");
            case "past" -> new Span(pub.minusMonths(1), pub, "relative-month");
            case "next", "coming" -> new Span(pub.plusMonths(1), pub.plusMonths(1), "relative-month");
            default -> new Span(pub, pub, "relative-month");
        };
    }

    private static Span year(String which, String part, YearMonth pub) {
        int y = pub.getYear();
        YearMonth jan = YearMonth.of(y, Month.JANUARY);
        YearMonth dec = YearMonth.of(y, Month.DECEMBER);
        return switch (which) {
            case "last" -> new Span(jan.minusYears(1), dec.minusYears(1), "year-relative");
            case "past" -> new Span(pub.minusMonths(12), pub, "year-relative");
            case "next", "coming" -> new Span(jan.plusYears(1), dec.plusYears(1), "year-relative");
            default -> part.startsWith("earl") ? new Span(jan, pub, "year-relative")
                    : part.startsWith("late") ? new Span(pub, dec, "year-relative") : new Span(jan, dec, "year-relative");
        };
    }

    private static Span namedMonth(String which, Month month, YearMonth pub) {
        YearMonth thisYear = YearMonth.of(pub.getYear(), month);
        String w = which.toLowerCase(Locale.ROOT);
        YearMonth ym = w.equals("last") ? (thisYear.isBefore(pub) ? thisYear : thisYear.minusYears(1))
                : w.equals("next") ? (thisYear.isAfter(pub) ? thisYear : thisYear.plusYears(1)) : thisYear;
        return new Span(ym, ym, "relative-month-name");
    }

    private static Span monthOfYear(Matcher m, YearMonth pub) {
        int shift = switch (m.group("which").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        YearMonth ym = YearMonth.of(pub.getYear() + shift, MonthNames.month(m.group("mon")));
        return new Span(ym, ym, "month-relative-year");
    }

    /**
     * "two weeks ago" is a day, "a month ago" a month; "two years ago" names only a year (year-level) unless it is
     * "15 years ago today".
     */
    private static Span ago(Matcher m, LocalDate published) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = n.startsWith("a") ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n)
                : NUMBER_WORDS.indexOf(n) + 1;
        boolean today = m.group("today") != null;
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "day" -> Span.of(published.minusDays(count), published.minusDays(count), "ago-day");
            case "week" -> Span.of(published.minusWeeks(count), published.minusWeeks(count), "ago-day");
            case "month" -> Span.of(published.minusMonths(count), published.minusMonths(count),
                    today ? "ago-day" : "ago-month");
            default -> Span.of(published.minusYears(count), published.minusYears(count), today ? "ago-day" : "year-ago");
        };
    }
}

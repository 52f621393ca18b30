package org.newsatlas.article.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people write it in news text, read strictly: ISO ({@code 2018-04-05}), month-day ({@code March 31,
 * 2018}, {@code Sat, Mar. 31st, 2018}), day-month ({@code 31 March 2018}, {@code 5th of April 2018}) and numeric
 * ({@code 05.04.2018}, {@code 31/03/2018}, {@code 3/31/2018}). A numeric date is day-month when its first number
 * cannot be a month, month-day when its second cannot; with both 12 or less it is {@link Reading#ambiguous}, except
 * with dots, which English news writes only day-first (the German and Russian convention its sources quote).
 */
public final class StatedDate {

    private static final String MONTH_NAMES = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday"
            + "|urday)?\\.?,?\\s+)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** One date anywhere in a string: ISO, month-day, day-month or numeric (named groups). */
    static final Pattern DATE = Pattern.compile("(?<![\\w-])(?:"
            + "(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})(?![\\d-])"
            + "|" + WEEKDAY + "(?<mdM>" + MONTH_NAMES + ")\\.?" + "\\s+(?<mdD>\\d{1,2})" + ORDINAL
            + ",?\\s+(?<mdY>\\d{4})(?!\\d)"
            + "|" + WEEKDAY + "(?<dmD>\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + "(?<dmM>" + MONTH_NAMES + ")\\.?"
            + ",?\\s+(?<dmY>\\d{4})(?!\\d)"
            + "|(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})(?![\\d./])"
            + ")", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * What a date phrase says: a date, or why it gives none.
     *
     * @param date      the date when the phrase fixes one
     * @param phrase    the phrase as written
     * @param ambiguous true for a numeric date that reads as two different days (05/04/2018)
     */
    public record Reading(Optional<LocalDate> date, String phrase, boolean ambiguous) {
    }

    private StatedDate() {
    }

    /** The first date phrase in {@code text}, read; empty when there is none. */
    public static Optional<Reading> find(CharSequence text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? Optional.of(read(m)) : Optional.empty();
    }

    /** {@code text} read as nothing but a date (white space around it allowed); empty when it is something else. */
    public static Optional<Reading> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        return m.matches() ? Optional.of(read(m)) : Optional.empty();
    }

    static Reading read(Matcher m) {
        String phrase = m.group().strip();
        if (m.group("isoY") != null) {
            return reading(phrase, number(m, "isoY"), number(m, "isoM"), number(m, "isoD"));
        }
        if (m.group("mdM") != null) {
            return reading(phrase, number(m, "mdY"), month(m.group("mdM")), number(m, "mdD"));
        }
        if (m.group("dmM") != null) {
            return reading(phrase, number(m, "dmY"), month(m.group("dmM")), number(m, "dmD"));
        }
        int first = number(m, "a");
        int second = number(m, "b");
        int year = number(m, "y");
        if (first > 12 || ".".equals(m.group("sep"))) {
            return reading(phrase, year, second, first);
        }
        if (second > 12 || first == second) {
            return reading(phrase, year, first, second);
        }
        return new Reading(Optional.empty(), phrase, true);
    }

    private static Reading reading(String phrase, int year, int month, int day) {
        try {
            return new Reading(Optional.of(LocalDate.of(year, month, day)), phrase, false);
        } catch (DateTimeException e) { // 31 February, month 13
            return new Reading(Optional.empty(), phrase, false);
        }
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}

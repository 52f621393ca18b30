package org.newsatlas.geoparse;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bare years ("in 2018", "since 2005", "Vostok-2018") as year-level expressions covering January to
 * December, and seasons of a year ("the summer of 2021") as month ranges, northern-hemisphere
 * meteorological seasons: spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov, winter Y = Dec Y to Feb Y+1.
 * Only 1900-2100 counts as a year. News style writes quantities of 1,000 and more with a comma, so a bare
 * four-digit number in that range is taken as a year unless a quantity word precedes it ("some 2000",
 * "more than 1950") or a unit or counted noun follows it ("2000 troops", "2050 km").
 */
final class YearRecognizer implements TimeRecognizer {

    static final String YEAR = "year";
    private static final TriggeredPattern BARE = TriggeredPattern.atWordsOrDigits(Pattern.compile(
            "(?<![\\d$£€#/]|\\d[.,])\\b(?<year>(?:19|20)\\d{2})\\b(?![.,]\\d)"));
    private static final Pattern QUANTITY_BEFORE = Pattern.compile("(?i)(?:\\b(?:than|some|about|nearly|almost"
            + "|over|under|around|approximately|roughly|least|up to|total of|number of|no\\.)|[$€£#])\\s*$");
    private static final Pattern COUNTED_AFTER = Pattern.compile("(?i)^\\s*(?:%|percent|per cent|km|kilomet|mile"
            + "|met(?:er|re)|feet|foot|ton|kg|kilo|troop|soldier|people|men|women|person|civilian|vehicle|unit"
            + "|dollar|euro|pound|yuan|rouble|ruble|member|refugee|casualt|death|case|job|home|square)");
    private static final TriggeredPattern SEASON = TriggeredPattern.atWords(Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?<season>spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?"
                    + "(?<year>(?:19|20)\\d{2})\\b"),
            "the", "spring", "summer", "autumn", "fall", "winter");

    @Override
    public List<TimeExpression> find(String text, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        BARE.forEachMatch(text, m -> {
            int year = Integer.parseInt(m.group("year"));
            if (MonthNames.plausibleYear(year) && !quantity(text, m.start(), m.end())) {
                found.add(new TimeExpression(m.start(), m.end(), m.group(),
                        YearMonth.of(year, Month.JANUARY), YearMonth.of(year, Month.DECEMBER), YEAR));
            }
        });
        SEASON.forEachMatch(text, s -> {
            YearMonth from = seasonStart(s.group("season"), Integer.parseInt(s.group("year")));
            found.add(new TimeExpression(s.start(), s.end(), s.group(), from, from.plusMonths(2), "season-year"));
        });
        return found;
    }

    private static boolean quantity(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 20), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        return QUANTITY_BEFORE.matcher(before).find() || COUNTED_AFTER.matcher(after).find();
    }

    private static YearMonth seasonStart(String season, int year) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> YearMonth.of(year, Month.MARCH);
            case "summer" -> YearMonth.of(year, Month.JUNE);
            case "winter" -> YearMonth.of(year, Month.DECEMBER);
            default -> YearMonth.of(year, Month.SEPTEMBER);
        };
    }
}

package org.newsatlas.geoparse;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates written with a month name ("on August 9", "Aug. 9-13", "9 August 2021", "December 4, 2017",
 * "July 2001", "August of 2008", "in June", "early and mid-August") and ISO dates ("2021-08-09"). A month without a year
 * takes the occurrence nearest to the publication date ({@link MonthNames#nearest}); without a
 * publication date it is dropped. An abbreviation needs a day or a year; a full month name alone needs
 * a cue when it could be a word or a name (see {@link MonthCue}).
 */
final class CalendarDateRecognizer implements TimeRecognizer {

    static final String MONTH_DAY = "month-day";
    static final String DAY_MONTH = "day-month";
    static final String MONTH_ONLY = "month";
    /** Rules whose year was inferred from the publication date, not read from the text. */
    static final Set<String> INFERRED_YEAR = Set.of(MONTH_DAY, DAY_MONTH, MONTH_ONLY);

    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?";
    private static final String YEAR = "(?:(?:,?|\\s+of)\\s+(?<year>(?:19|20)\\d{2})(?![\\d])(?![.,]\\d))?";
    private static final TriggeredPattern MONTH_FIRST = TriggeredPattern.atWords(Pattern.compile(
            "\\b(?<mon>" + MonthNames.MONTH + ")\\b\\.?"
                    + "(?:\\s+" + DAY + "(?![\\d])(?![.,]\\d))?" + YEAR),
            TriggeredPattern.alternatives(MonthNames.MONTH));
    private static final TriggeredPattern DAY_FIRST = TriggeredPattern.atWordsOrDigits(Pattern.compile(
            "(?<![\\d,.])\\b" + DAY + "\\s+(?:of\\s+)?(?<mon>" + MonthNames.MONTH + ")\\b\\.?" + YEAR));
    private static final TriggeredPattern ISO = TriggeredPattern.atWordsOrDigits(Pattern.compile(
            "(?<![\\d-])(?<year>(?:19|20)\\d{2})-(?<mon>0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d-])"));

    @Override
    public List<TimeExpression> find(String text, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        scan(text, published, MONTH_FIRST, MONTH_DAY, found);
        scan(text, published, DAY_FIRST, DAY_MONTH, found);
        ISO.forEachMatch(text, iso -> {
            YearMonth ym = YearMonth.of(Integer.parseInt(iso.group("year")), Integer.parseInt(iso.group("mon")));
            found.add(new TimeExpression(iso.start(), iso.end(), iso.group(), ym, ym, "iso-date"));
        });
        return found;
    }

    private void scan(String text, LocalDate published, TriggeredPattern pattern, String dayRule,
                      List<TimeExpression> out) {
        pattern.forEachMatch(text, m -> {
            String monthName = m.group("mon");
            boolean hasDay = m.group("day") != null && validDay(m.group("day"));
            if (m.group("day") != null && !hasDay) {
                return;
            }
            int end = hasDay || m.group("year") != null ? m.end() : m.end("mon");
            int start = MonthCue.modifierStart(text, m.start());
            if (!hasDay && m.group("year") == null && !alone(text, start, end, monthName)) {
                return;
            }
            YearMonth ym = resolve(MonthNames.month(monthName), m.group("year"), published);
            if (ym != null) {
                String rule = (hasDay ? dayRule : MONTH_ONLY) + (m.group("year") != null ? "-year" : "");
                out.add(new TimeExpression(start, end, text.substring(start, end), ym, ym, rule));
            }
        });
    }

    /** An abbreviation alone ("Jan Egeland", "Mar-a-Lago") is never a date; a full name needs {@link MonthCue}. */
    private static boolean alone(String text, int start, int end, String monthName) {
        return !MonthNames.isAbbreviation(monthName) && MonthCue.acceptsAlone(text, start, end, monthName);
    }

    private static boolean validDay(String day) {
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31;
    }

    private static YearMonth resolve(Month month, String year, LocalDate published) {
        if (year != null) {
            int y = Integer.parseInt(year);
            return MonthNames.plausibleYear(y) ? YearMonth.of(y, month) : null;
        }
        return published == null ? null : MonthNames.nearest(month, published);
    }
}

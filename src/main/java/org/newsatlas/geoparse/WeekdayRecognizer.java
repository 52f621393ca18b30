package org.newsatlas.geoparse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays ("Thursday", "on Monday", "last Friday", "next Tuesday") resolved around the publication date.
 * "last X" is the latest X strictly before it, "next X" the first strictly after. A plain or "this" X is
 * the nearest X on or before the publication date (news mostly reports what happened), unless a future
 * cue ("will", "set to", "scheduled") stands within four words before or three words after it in the same
 * sentence: then the nearest X on or after. A weekday inside a name is skipped: a named day ("Good Friday",
 * "Bloody Sunday", "Super Tuesday") or one followed by a capitalised word ("Sunday Times"). Any other capitalised
 * word before it leaves it a date: news writes "arraigned in Bantam Superior Court Tuesday", "told The Associated
 * Press Tuesday", "Abbas Saturday called" (in LGL and GeoVirus, none of the 36 weekdays after a capitalised word
 * other than "On" or "Last" is part of a name).
 */
final class WeekdayRecognizer implements TimeRecognizer {

    private static final TriggeredPattern WEEKDAY = TriggeredPattern.atWords(Pattern.compile(
            "\\b(?:(?<which>(?i:last|next|this|on))\\s+)?(?<day>" + MonthNames.WEEKDAY + ")\\b(?!\\s+\\p{Lu})"),
            TriggeredPattern.words(new String[] {"last", "next", "this", "on"},
                    TriggeredPattern.alternatives(MonthNames.WEEKDAY)));
    private static final Pattern NAMED_DAY_BEFORE = Pattern.compile("\\b(?:Good|Black|Bloody|Super|Ash|Palm|Easter|Holy"
            + "|Maundy|Cyber|Shrove|Whit|Giving)\\s+$");
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:[^\\s.!?;]+\\s+){0,4}$");
    private static final Pattern WORDS_AFTER = Pattern.compile("^(?:[^\\S]*[^\\s.!?;]+){0,3}");
    private static final Pattern FUTURE = Pattern.compile("(?i)(?:\\b(?:will|shall|going to|set to|plans? to"
            + "|planned for|scheduled|expected to|due to|is to|are to|upcoming|coming)\\b|['’]ll\\b)");

    @Override
    public List<TimeExpression> find(String text, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        if (published == null) {
            return found;
        }
        WEEKDAY.forEachMatch(text, m -> {
            if (m.group("which") == null && NAMED_DAY_BEFORE.matcher(before(text, m.start())).find()) {
                return;
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
            String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT);
            YearMonth ym = YearMonth.from(resolve(day, which, future(text, m.start(), m.end()), published));
            found.add(new TimeExpression(m.start(), m.end(), m.group(), ym, ym, "weekday"));
        });
        return found;
    }

    private static LocalDate resolve(DayOfWeek day, String which, boolean future, LocalDate published) {
        return switch (which) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "next" -> published.with(TemporalAdjusters.next(day));
            default -> published.with(future ? TemporalAdjusters.nextOrSame(day)
                    : TemporalAdjusters.previousOrSame(day));
        };
    }

    private static boolean future(String text, int start, int end) {
        Matcher before = WORDS_BEFORE.matcher(before(text, start));
        Matcher after = WORDS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        String window = (before.find() ? before.group() : "") + " " + (after.find() ? after.group() : "");
        return FUTURE.matcher(window).find();
    }

    private static String before(String text, int index) {
        return text.substring(Math.max(0, index - 60), index);
    }
}

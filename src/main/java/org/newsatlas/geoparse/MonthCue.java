package org.newsatlas.geoparse;

import java.util.regex.Pattern;

/**
 * Whether a month name standing alone (no day, no year) is a date. "in May", "since March", "mid-June",
 * "the end of April", "from June to August" are; "Russia may", "the Long March", "June Smith" are not.
 * Names that are also words or first names (March, May, April, June, August) need a cue word before
 * them; the others are accepted unless a capitalised word follows (a name).
 */
final class MonthCue {

    private static final int LOOK_BACK = 40;
    /** "early", "mid-", "late", "early and mid-" before a month name: part of the expression. */
    private static final Pattern MODIFIER = Pattern.compile(
            "(?i)\\b(?:early|mid|late)(?:\\s+(?:and|or|to)\\s+(?:early|mid|late))?(?:-|\\s+)$");
    private static final Pattern CUE_WORD = Pattern.compile("(?i)\\b(?:in|on|since|until|till|by|from|through"
            + "|throughout|during|before|after|of|between|around|starting|beginning|ending|early|late|mid)\\s*$");
    /** The second month of a range or list: "June to August", "August 22 to September", "June and July". */
    private static final Pattern AFTER_DATE = Pattern.compile("(?:" + MonthNames.MONTH
            + "\\.?|\\b\\d{1,2}(?:st|nd|rd|th)?|\\b(?:19|20)\\d{2}),?\\s*(?:to|through|until|till|and|or|-|–|—)\\s*$");
    private static final Pattern CAPITALISED_NEXT = Pattern.compile("^\\s+\\p{Lu}");

    private MonthCue() {
    }

    /** Where the expression starts once a leading "early"/"mid-"/"late" is included. */
    static int modifierStart(String text, int monthStart) {
        var m = MODIFIER.matcher(before(text, monthStart));
        return m.find() ? monthStart - (m.end() - m.start()) : monthStart;
    }

    static boolean acceptsAlone(String text, int start, int end, String monthName) {
        String before = before(text, start);
        if (start < end - monthName.length() || CUE_WORD.matcher(before).find()
                || AFTER_DATE.matcher(before).find()) {
            return true;
        }
        if (MonthNames.needsCueWhenAlone(monthName)) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 3));
        return !CAPITALISED_NEXT.matcher(after).find();
    }

    private static String before(String text, int index) {
        return text.substring(Math.max(0, index - LOOK_BACK), index);
    }
}

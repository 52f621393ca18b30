package org.newsatlas.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How exercise names are written and compared: the regular expressions and word lists of the detector. */
final class ExerciseNames {

    /** Between the parts of a name: spaces, slashes, hyphens and dashes, in any number (or none). */
    static final String SEPARATORS = "[\\s/\\-\u2010\u2011\u2012\u2013\u2014_]*";
    static final String WORD = "\\p{Lu}[\\p{L}'’]*\\p{L}";
    static final String YEAR = "(?:19|20)\\d{2}";
    static final String CUE = "(?:drills?|exercises?|war\\s?games|games|manoeuvres|maneuvers|training)";

    /** Capitalised name (1-3 words), optional "/Part", then a year: "Zapad-2021", "Zapad/Interaction 2021". */
    static final Pattern NAME_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}\\-/])(" + WORD + "(?:[ \\-]" + WORD
            + "){0,2})(\\s*/\\s*" + WORD + ")?(\\s*[\\-\u2010\u2011\u2013]\\s*|\\s+)(" + YEAR + ")(?![\\p{L}\\p{N}])");
    /** Two or more capitalised words followed by an exercise word: "the Peace Mission drills". */
    static final Pattern NAME_CUE = Pattern.compile("(?<![\\p{L}\\p{N}\\-/])(" + WORD + "(?:\\s+" + WORD
            + "){1,3})s?['’\"”]?\\s+" + CUE + "(?![\\p{L}])");
    static final Pattern CUE_AFTER = Pattern.compile("^\\s*['’\"”]?\\s*(?:[\\p{L}/\\-]+\\s+){0,3}?" + CUE
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    static final Pattern CUE_BEFORE = Pattern.compile(CUE + ",?\\s+(?:(?:called|named|dubbed|code-?named)\\s+)?['‘\"“]?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern ENDS_WITH_CUE = Pattern.compile(".*\\b" + CUE + "$", Pattern.CASE_INSENSITIVE);

    /** Capitalised words that start sentences or dates rather than names. */
    private static final Set<String> LEADING_NON_NAMES = Set.of("the", "a", "an", "in", "on", "at", "by", "for",
            "from", "since", "until", "during", "after", "before", "of", "and", "or", "this", "that", "its", "their",
            "early", "mid", "late", "summer", "winter", "spring", "autumn", "fall", "year", "fiscal", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "both", "last",
            "next", "every", "each");
    /** Nouns that end the names of organisations and units, not of exercises ("Central Military District"). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("district", "organization", "organisation",
            "ministry", "army", "forces", "force", "fleet", "command", "council", "union", "alliance", "guard",
            "police", "navy", "government", "department", "corps", "brigade", "division", "regiment", "group");
    private static final Pattern DEMONYM_LIKE = Pattern.compile(".*(?:ian|ean|ese|ish|an|ic|ern|i)$");

    private ExerciseNames() {
    }

    /** A case-insensitive pattern matching a name with any separators between its words and numbers. */
    static Pattern spellingPattern(String name) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] parts = tokens(name);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : SEPARATORS).append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** "West/Interaction-2021" and "west interaction 2021" both give "west interaction 2021". */
    static String key(String name) {
        return String.join(" ", tokens(name.toLowerCase(Locale.ROOT).replaceAll("['’]", "")));
    }

    static String[] tokens(String name) {
        return name.replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ").strip()
                .split("[^\\p{L}\\p{N}'’]+");
    }

    /** The name without leading sentence or date words, or "" when nothing of a name is left. */
    static String stripLeading(String name) {
        String rest = name.strip();
        while (!rest.isEmpty()) {
            int space = rest.indexOf(' ');
            String first = space < 0 ? rest : rest.substring(0, space);
            if (!LEADING_NON_NAMES.contains(first.toLowerCase(Locale.ROOT))) {
                return rest;
            }
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
        }
        return rest;
    }

    /** True when a year-less name looks like an exercise's, not a people's or an organisation's. */
    static boolean plausibleYearlessName(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length < 2 || ORGANISATION_WORDS.contains(words[words.length - 1])) {
            return false;
        }
        for (String w : words) {
            if (DEMONYM_LIKE.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}

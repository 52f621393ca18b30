package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into {@link Token}s: runs of letters and digits, with inner apostrophes ("Zabaykal'sk"),
 * dotted initialisms ("U.S.", "D.C.", "W.Va.") and possessives ("Beijing's", "Russia’s", "Afghans'") split off.
 * A token starts a sentence after . ! ? : a quote or a line break, unless the previous token is a
 * title abbreviation ("Gen.", "Mr.", "St.").
 */
final class Tokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen",
            "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "prof", "jr", "sr", "no", "vs", "inc", "co");

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int previousEnd = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            int textEnd = end;
            boolean possessive = false;
            if (end - i > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's'
                    || text.charAt(end - 1) == 'S')) {
                textEnd = end - 2;
                possessive = true;
            } else if (end < text.length() && isApostrophe(text.charAt(end)) && text.charAt(end - 1) == 's'
                    && (end + 1 == text.length() || !Character.isLetter(text.charAt(end + 1)))) {
                possessive = true;
            }
            String gap = gap(text, previousEnd, i);
            Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            tokens.add(new Token(text.substring(i, textEnd), i, textEnd, gap, possessive,
                    startsSentence(previous, gap)));
            previousEnd = end;
            i = end;
        }
        return tokens;
    }

    /** The text between two tokens; the usual single space without a new string per token. */
    private static String gap(String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) == ' ') {
            return " ";
        }
        return from == to ? "" : text.substring(from, to);
    }

    private static boolean startsSentence(Token previous, String gap) {
        if (previous == null || gap.indexOf('\n') >= 0) {
            return true;
        }
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' && i == 0 && ABBREVIATIONS.contains(previous.text().toLowerCase())) {
                return false;
            }
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“' || c == '(') {
                return !(c == '.' && previous.text().endsWith("."));
            }
        }
        return previous.text().endsWith(".") && gap.isBlank() && !previous.text().equals("U.S.");
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(c) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else if (c == '.' && i - start >= 1 && isInitialism(text, start, i)) {
                i++;
            } else if (c == '.' && i - start == 1 && Character.isUpperCase(text.charAt(start))
                    && shortCapitalisedAbbreviationEnd(text, i + 1) > 0) {
                return shortCapitalisedAbbreviationEnd(text, i + 1);
            } else {
                break;
            }
        }
        return i;
    }

    /** After "W.": the end of "Va." (a capital, one to three lower-case letters, a dot), or -1. */
    private static int shortCapitalisedAbbreviationEnd(String text, int at) {
        if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
            return -1;
        }
        int i = at + 1;
        while (i < text.length() && i - at <= 3 && Character.isLowerCase(text.charAt(i))) {
            i++;
        }
        return i > at + 1 && i < text.length() && text.charAt(i) == '.' ? i + 1 : -1;
    }

    /** "U.S.", "U.K.", "D.C.": single capitals each followed by a dot. */
    private static boolean isInitialism(String text, int start, int dot) {
        boolean singleCapitalBefore = Character.isUpperCase(text.charAt(dot - 1))
                && (dot - 1 == start || text.charAt(dot - 2) == '.');
        boolean capitalDotAfter = dot + 2 < text.length() && Character.isUpperCase(text.charAt(dot + 1))
                && text.charAt(dot + 2) == '.';
        boolean closesInitialism = dot - start >= 3 && text.charAt(dot - 2) == '.';
        return singleCapitalBefore && (capitalDotAfter || closesInitialism);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}

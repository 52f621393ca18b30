package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: runs of letters and digits, with inner apostrophes ("Zabaykal'sk"),
 * dotted initialisms ("U.S.", "D.C.", "W.Va.") and possessives ("Beijing's", "Russia’s", "Afghans'") split off.
 */
final class Tokenizer {

    List<Token> tokenize(String string) {
        char[] text = string.toCharArray(); // scanned as an array: no bounds and coder checks per char
        List<Token> tokens = new ArrayList<>(text.length / 5);
        int i = 0;
        int previousEnd = 0;
        while (i < text.length) {
            if (!isLetterOrDigit(text[i])) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            int textEnd = end;
            boolean possessive = false;
            if (end - i > 2 && isApostrophe(text[end - 2]) && (text[end - 1] == 's' || text[end - 1] == 'S')) {
                textEnd = end - 2;
                possessive = true;
            } else if (end < text.length && isApostrophe(text[end]) && text[end - 1] == 's'
                    && (end + 1 == text.length || !Character.isLetter(text[end + 1]))) {
                possessive = true;
            }
            String gap = gap(string, text, previousEnd, i);
            tokens.add(new Token(string, i, textEnd, gap, possessive, isUpperCase(text[i])));
            previousEnd = end;
            i = end;
        }
        return tokens;
    }

    /** The text between two tokens; the usual single space without a new string per token. */
    private static String gap(String string, char[] text, int from, int to) {
        if (to - from == 1 && text[from] == ' ') {
            return " ";
        }
        return from == to ? "" : string.substring(from, to);
    }

    /** {@link Character#isUpperCase(char)}, without a table lookup for ASCII. */
    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, without a table lookup for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static int wordEnd(char[] text, int start) {
        int i = start;
        while (i < text.length) {
            char c = text[i];
            if (isLetterOrDigit(c) || c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(c) && i + 1 < text.length && Character.isLetter(text[i + 1])) {
                i++;
            } else if (c == '.' && i - start >= 1 && isInitialism(text, start, i)) {
                i++;
            } else if (c == '.' && i - start == 1 && Character.isUpperCase(text[start])
                    && shortCapitalisedAbbreviationEnd(text, i + 1) > 0) {
                return shortCapitalisedAbbreviationEnd(text, i + 1);
            } else {
                break;
            }
        }
        return i;
    }

    /** After "W.": the end of "Va." (a capital, one to three lower-case letters, a dot), or -1. */
    private static int shortCapitalisedAbbreviationEnd(char[] text, int at) {
        if (at >= text.length || !Character.isUpperCase(text[at])) {
            return -1;
        }
        int i = at + 1;
        while (i < text.length && i - at <= 3 && Character.isLowerCase(text[i])) {
            i++;
        }
        return i > at + 1 && i < text.length && text[i] == '.' ? i + 1 : -1;
    }

    /** "U.S.", "U.K.", "D.C.": single capitals each followed by a dot. */
    private static boolean isInitialism(char[] text, int start, int dot) {
        boolean singleCapitalBefore = Character.isUpperCase(text[dot - 1])
                && (dot - 1 == start || text[dot - 2] == '.');
        boolean capitalDotAfter = dot + 2 < text.length && Character.isUpperCase(text[dot + 1])
                && text[dot + 2] == '.';
        boolean closesInitialism = dot - start >= 3 && text[dot - 2] == '.';
        return singleCapitalBefore && (capitalDotAfter || closesInitialism);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}

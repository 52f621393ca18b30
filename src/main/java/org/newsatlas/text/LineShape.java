package org.newsatlas.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shape features of one paragraph, the vocabulary the boilerplate rules are written in. */
public record LineShape(String text, String lower, int words, boolean endsSentence, List<String> commaItems,
                 int labelPairs, int camelRunTogethers, boolean bullet) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.&/-]*");
    private static final Pattern LABEL = Pattern.compile("(?:^|\\s)\\p{Lu}[\\p{L}'\u2019]*(?: \\p{Lu}[\\p{L}'\u2019]*)?:(?=[\\s\u00A0])");
    /** Starts only where a lower-case run starts: tried inside a run, it rescanned the rest (quadratic on long words). */
    public static final Pattern CAMEL = Pattern.compile("(?<!\\p{Ll})\\p{Ll}{2,}\\p{Lu}\\p{L}+");
    private static final String CLOSERS = "\"'\u201D\u2019)]\u00BB";
    private static final String BULLETS = "\u2022\u2023\u25AA\u25CF\u00B7\u2013*-";

    static LineShape of(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return new LineShape(text, lower, count(WORD, text), endsSentence(text), commaItems(text),
                count(LABEL, text), count(CAMEL, text), isBullet(text));
    }

    /** No sentence-final punctuation and few words: a heading, label, list item or slug. */
    boolean isFragment() {
        return !endsSentence && words <= 12;
    }

    boolean hasLetters() {
        return text.chars().anyMatch(Character::isLetter);
    }

    boolean hasUpperCase() {
        return text.chars().anyMatch(Character::isUpperCase);
    }

    /** Share of words starting with a capital letter (0..1). */
    double capitalisedShare() {
        String[] tokens = text.trim().split("\\s+");
        long caps = Arrays.stream(tokens).filter(t -> !t.isEmpty() && Character.isUpperCase(t.charAt(0))).count();
        return tokens.length == 0 ? 0 : (double) caps / tokens.length;
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".?!\u2026".indexOf(text.charAt(i)) >= 0;
    }

    private static List<String> commaItems(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    private static boolean isBullet(String text) {
        return !text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0
                && (text.length() == 1 || Character.isWhitespace(text.charAt(1)));
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

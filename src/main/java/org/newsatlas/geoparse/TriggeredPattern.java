package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which starts at the start of a word from a short list (its triggers, any case) or, when
 * asked, of a word that starts with a digit. Its matches are those {@link Matcher#find()} finds, in the same order,
 * but the pattern is tried only where such a word starts ({@link Matcher#lookingAt()} over the rest of the text,
 * with transparent bounds so that look-behinds and {@code \b} see the text before it), not at every character: the
 * time expressions were half of an article's analysis when each pattern was tried at every character.
 * {@code TriggeredPatternTest} holds each of the time recognizers' patterns to {@code find()} on real news text.
 */
final class TriggeredPattern {

    private final Pattern pattern;
    private final List<String> words;
    private final boolean digits;

    private TriggeredPattern(Pattern pattern, List<String> words, boolean digits) {
        this.pattern = pattern;
        this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
        this.digits = digits;
    }

    /** Matches start at one of the words (any case). */
    static TriggeredPattern atWords(Pattern pattern, String... words) {
        return new TriggeredPattern(pattern, List.of(words), false);
    }

    /** Matches start at one of the words (any case) or at a word that starts with a digit. */
    static TriggeredPattern atWordsOrDigits(Pattern pattern, String... words) {
        return new TriggeredPattern(pattern, List.of(words), true);
    }

    /** The words of a regex alternation of plain words, "(?:January|February|...)". */
    static String[] alternatives(String alternation) {
        String inner = alternation.startsWith("(?:") && alternation.endsWith(")")
                ? alternation.substring(3, alternation.length() - 1) : alternation;
        if (!inner.matches("[A-Za-z|]+")) {
            throw new IllegalArgumentException("not an alternation of plain words: " + alternation);
        }
        return inner.split("\\|");
    }

    /** Combines word lists. */
    static String[] words(String[]... lists) {
        List<String> all = new ArrayList<>();
        for (String[] list : lists) {
            all.addAll(List.of(list));
        }
        return all.toArray(String[]::new);
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * Calls {@code onMatch} with the matcher standing at each match, in text order: the matches {@code find()}
     * finds (after a match the search goes on from its end).
     */
    void forEachMatch(CharSequence text, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int from = 0;
        int i = 0;
        while (i < length) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isWordChar(text.charAt(i))) {
                i++;
            }
            if (start < from || !triggers(text, start, i)) {
                continue;
            }
            m.region(start, length);
            if (m.lookingAt()) {
                onMatch.accept(m);
                from = m.end() > start ? m.end() : start + 1;
            }
        }
    }

    private boolean triggers(CharSequence text, int start, int end) {
        if (digits && Character.isDigit(text.charAt(start))) {
            return true;
        }
        int length = end - start;
        for (String w : words) {
            if (w.length() == length && sameIgnoringCase(text, start, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text from {@code start} spells the lower-case word, in any case (no copy of the text made). */
    private static boolean sameIgnoringCase(CharSequence text, int start, String lowerCaseWord) {
        for (int i = 0; i < lowerCaseWord.length(); i++) {
            if (Character.toLowerCase(text.charAt(start + i)) != lowerCaseWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A character {@code \b} counts as part of a word (Java's rule, without the Unicode flag). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

package org.newsatlas.geoparse;

import java.util.Locale;

/**
 * A word of the text: [start,end) excludes a possessive "'s" (then {@code possessive} is set). {@code gap}
 * is the text between the previous token and this one ("" for the first). Its text, lower-case form and
 * {@link ChunkVocabulary} classes are worked out when first asked for: most tokens are lower-case words that
 * only the chunker looks at. Immutable in what it tells; confined to the
 * thread that tokenised.
 */
final class Token {

    private final String source;
    private final int start;
    private final int end;
    private final String gap;
    private final boolean possessive;
    private final boolean joinedBySpace;
    private final boolean capitalised;
    private String text;
    private String lower;
    private int wordClasses = -1;

    /** The token source[start, end); {@code capitalised}: its first character is upper case. */
    Token(String source, int start, int end, String gap, boolean possessive, boolean capitalised) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.gap = gap;
        this.possessive = possessive;
        this.capitalised = capitalised;
        this.joinedBySpace = !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }

    String text() {
        if (text == null) {
            text = source.substring(start, end);
        }
        return text;
    }

    int length() {
        return end - start;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String gap() {
        return gap;
    }

    boolean possessive() {
        return possessive;
    }

    /** The text lower-cased with {@link Locale#ROOT}. */
    String lower() {
        if (lower == null) {
            lower = text().toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** Whether the word is of one of the {@link ChunkVocabulary} classes given as bits. */
    boolean is(int wordClass) {
        if (wordClasses < 0) {
            wordClasses = ChunkVocabulary.classesOf(source, start, end);
        }
        return (wordClasses & wordClass) != 0;
    }

    /** Whether the text is exactly {@code word}. */
    boolean textIs(String word) {
        return word.length() == end - start && source.startsWith(word, start);
    }

    boolean capitalised() {
        return capitalised;
    }

    /** Where in the text the last apostrophe (' or ’) is, or -1. */
    int lastApostrophe() {
        for (int i = end - 1; i >= start; i--) {
            char c = source.charAt(i);
            if (c == '\'' || c == '’') {
                return i - start;
            }
        }
        return -1;
    }

    boolean allCaps() {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean joinedByHyphen() {
        return gap.length() == 1 && (gap.charAt(0) == '-' || gap.charAt(0) == '‑');
    }

    /** Blank gap on one line: spaces, tabs. */
    boolean joinedBySpace() {
        return joinedBySpace;
    }

    @Override
    public String toString() {
        return "Token[" + text() + " " + start + ".." + end + "]";
    }
}

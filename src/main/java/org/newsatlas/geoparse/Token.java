package org.newsatlas.geoparse;

import java.util.Locale;

/**
 * A word of the text: [start,end) excludes a possessive "'s" (then {@code possessive} is set). {@code gap}
 * is the text between the previous token and this one ("" for the first). Its lower-case form and
 * {@link ChunkVocabulary} classes are worked out once, when first asked for: most tokens never are.
 * Immutable in what it tells; confined to the thread that tokenised.
 */
final class Token {

    private final String text;
    private final int start;
    private final int end;
    private final String gap;
    private final boolean possessive;
    private final boolean sentenceStart;
    private final boolean joinedBySpace;
    private String lower;
    private int wordClasses = -1;

    Token(String text, int start, int end, String gap, boolean possessive, boolean sentenceStart) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.gap = gap;
        this.possessive = possessive;
        this.sentenceStart = sentenceStart;
        this.joinedBySpace = gap.length() == 1 ? gap.charAt(0) != '\n' && Character.isWhitespace(gap.charAt(0))
                : !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }

    String text() {
        return text;
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

    boolean sentenceStart() {
        return sentenceStart;
    }

    /** The text lower-cased with {@link Locale#ROOT}. */
    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** Whether the word is of one of the {@link ChunkVocabulary} classes given as bits. */
    boolean is(int wordClass) {
        if (wordClasses < 0) {
            wordClasses = ChunkVocabulary.classesOf(text, lower());
        }
        return (wordClasses & wordClass) != 0;
    }

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
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
        return "Token[" + text + " " + start + ".." + end + "]";
    }
}

package org.newsatlas.text;

import java.text.Normalizer;

/**
 * Words as search compares them: runs of letters and digits ({@link #isWordChar(int)}), folded to lower case
 * without accents. Folding maps one char to one char, so an offset in the folded text is the same offset in the
 * original (a match found in {@link #fold(String)} can be highlighted in the text the reader shows). Any other
 * character (space, hyphen, en dash, apostrophe, full stop) separates words, so "China–Russia", "China-Russia"
 * and "China Russia" are the same two words.
 */
public final class SearchWords {

    private SearchWords() {
    }

    /** The text with each char in lower case and stripped of its accent; exactly as long as the text. */
    public static String fold(String text) {
        char[] folded = text.toCharArray();
        fold(folded, folded.length);
        return new String(folded);
    }

    /** Folds the first {@code length} chars of the buffer in place. */
    public static void fold(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            buffer[i] = fold(buffer[i]);
        }
    }

    private static char fold(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.toLowerCase(Character.getType(base) == Character.NON_SPACING_MARK ? c : base);
    }

    /** Whether the code point belongs to a word. */
    public static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }
}

package org.newsatlas.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text as the search index keeps them: runs of letters and digits, folded to lower case without
 * accents. Folding maps one char to one char, so an offset in the folded text is the same offset in the original
 * (a match found in {@link #fold(String)} can be highlighted in the text the reader shows). Any other character
 * (space, hyphen, en dash, apostrophe, full stop) separates words, so "China–Russia", "China-Russia" and
 * "China Russia" are the same two words.
 */
public final class SearchWords {

    /** Longer words are not indexed (they are still matched against the text). */
    public static final int MAX_TERM_LENGTH = 40;

    /** English function words found in nearly every article: indexing them would only make the index larger. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "and", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "an", "or", "but",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "we", "his", "her", "their", "our", "not", "no", "which", "who",
            "will", "would", "said", "also", "into", "than", "there", "after", "about");

    private SearchWords() {
    }

    /** The text with each char in lower case and stripped of its accent; exactly as long as the text. */
    public static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
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

    /** Whether the char belongs to a word. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The distinct words of the text the index keeps, in order of first use. */
    public static Set<String> terms(String text) {
        String folded = fold(text);
        Set<String> terms = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && isWordChar(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String term = folded.substring(start, i);
                if (isIndexed(term)) {
                    terms.add(term);
                }
                start = -1;
            }
        }
        return terms;
    }

    /** Whether the index keeps this folded word (two to {@value #MAX_TERM_LENGTH} chars, not a function word). */
    public static boolean isIndexed(String foldedWord) {
        return foldedWord.length() >= 2 && foldedWord.length() <= MAX_TERM_LENGTH
                && !FUNCTION_WORDS.contains(foldedWord);
    }

    /** Whether a folded word is one of the function words the index leaves out. */
    public static boolean isFunctionWord(String foldedWord) {
        return FUNCTION_WORDS.contains(foldedWord.toLowerCase(Locale.ROOT));
    }
}

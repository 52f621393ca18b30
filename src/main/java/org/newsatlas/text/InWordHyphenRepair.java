package org.newsatlas.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the analysis text of a passage: drops soft hyphens and zero-width characters, turns
 * no-break spaces into spaces, and removes stray hyphens inside words ("Uz-bekistan", "m-et").
 * A hyphen between letters is stray when the joined word is known (lexicon, or seen unhyphenated
 * in the same article), the parts are not both words, the part after it is not a word of four or
 * more letters on its own ("inter-state", "co-operation" stay) and is not capitalised (which keeps
 * "Sino-Russian", "al-Qaeda", "Harb-Maidon"); "counter-terrorism", "anti-terror" stay as both parts are words.
 */
public final class InWordHyphenRepair {

    /** A known word of this length after the hyphen reads as a prefix compound ("inter-state", "e-mail"). */
    private static final int MIN_STANDALONE_PART = 4;
    private static final Pattern LETTER_RUN = Pattern.compile("\\p{L}+");
    private static final Pattern HYPHENATED = Pattern.compile("(?<!\\p{L})(\\p{L}+)-(?=(\\p{L}+))");

    private final Lexicon lexicon;
    private final Set<String> articleWords;

    private InWordHyphenRepair(Lexicon lexicon, Set<String> articleWords) {
        this.lexicon = lexicon;
        this.articleWords = articleWords;
    }

    /** A repairer for one article: words it uses unhyphenated count as known. */
    public static InWordHyphenRepair forArticle(String originalText, Lexicon lexicon) {
        return new InWordHyphenRepair(lexicon, wholeWords(normalise(AnalysisText.identity(originalText, 0)).text()));
    }

    public AnalysisText analysisText(String originalText, PassageSpan passage) {
        AnalysisText normalised = normalise(AnalysisText.identity(passage.text(originalText), passage.start()));
        return withoutStrayHyphens(normalised);
    }

    private static AnalysisText normalise(AnalysisText raw) {
        String text = raw.text();
        boolean[] removed = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            removed[i] = isInvisible(text.charAt(i));
        }
        AnalysisText visible = raw.without(removed);
        String spaced = visible.text().replace('\u00A0', ' ').replace('\u202F', ' ');
        return new AnalysisText(spaced, visible.toOriginal());
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private AnalysisText withoutStrayHyphens(AnalysisText text) {
        String s = text.text();
        boolean[] removed = new boolean[s.length()];
        Matcher m = HYPHENATED.matcher(s);
        while (m.find()) {
            if (isStray(m.group(1), m.group(2))) {
                removed[m.end(1)] = true;
            }
        }
        return text.without(removed);
    }

    boolean isStray(String left, String right) {
        if (Character.isUpperCase(right.charAt(0))) {
            return false;
        }
        boolean rightIsWord = isWord(right);
        boolean bothWords = rightIsWord && isWord(left);
        boolean rightStandsAlone = rightIsWord && right.length() >= MIN_STANDALONE_PART;
        return !bothWords && !rightStandsAlone && isKnown((left + right).toLowerCase(Locale.ROOT));
    }

    private boolean isWord(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.length() == 1) {
            return lower.equals("a") || lower.equals("i");
        }
        return isKnown(lower);
    }

    private boolean isKnown(String lowercaseWord) {
        return lexicon.contains(lowercaseWord) || articleWords.contains(lowercaseWord);
    }

    /** Lower-cased letter runs that stand as whole words, not as parts of hyphenated tokens. */
    private static Set<String> wholeWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = LETTER_RUN.matcher(text);
        while (m.find()) {
            boolean hyphenBefore = m.start() > 0 && text.charAt(m.start() - 1) == '-';
            boolean hyphenAfter = m.end() < text.length() && text.charAt(m.end()) == '-';
            if (!hyphenBefore && !hyphenAfter) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}

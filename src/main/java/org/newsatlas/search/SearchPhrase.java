package org.newsatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsatlas.text.SearchWords;

/**
 * What a person typed into the search box, as words: each word must start a word of the text, in the typed
 * order, with only non-word characters between them; the last word may be unfinished (it matches as a prefix,
 * the box searches while one types). Case, accents and the kind of separator do not matter: "China-Russia
 * border", "china russia border" and "China–Russia border" are the same phrase.
 */
public final class SearchPhrase {

    private static final String WORD = "[\\p{L}\\p{N}]";
    private static final String NOT_WORD = "[^\\p{L}\\p{N}]";

    private final List<String> words;
    private final Pattern pattern;

    /** @param words the typed words, folded ({@link SearchWords#fold(String)}) */
    public SearchPhrase(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A search phrase needs at least one word");
        }
        this.words = List.copyOf(words);
        this.pattern = Pattern.compile("(?<!" + WORD + ")" + words.stream().map(Pattern::quote)
                .collect(Collectors.joining(NOT_WORD + "+")));
    }

    public List<String> words() {
        return words;
    }

    /** The words of the query; empty if it has none (only spaces or punctuation). */
    public static Optional<SearchPhrase> parse(String query) {
        String folded = SearchWords.fold(query == null ? "" : query);
        List<String> words = new ArrayList<>();
        for (String word : folded.split(NOT_WORD + "+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new SearchPhrase(words));
    }

    /** Words every matching article holds whole: all but the last, which may be unfinished. */
    public List<String> wholeWords() {
        return words.subList(0, words.size() - 1).stream().distinct().toList();
    }

    /** The last word: every matching article holds a word starting with it. */
    public String lastWord() {
        return words.get(words.size() - 1);
    }

    /** Where the phrase first occurs in the text, as [start, end) of the original text; empty if nowhere. */
    public Optional<int[]> find(String text) {
        Matcher matcher = pattern.matcher(SearchWords.fold(text));
        return matcher.find() ? Optional.of(new int[] {matcher.start(), matcher.end()}) : Optional.empty();
    }

    public boolean matches(String text) {
        return find(text).isPresent();
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}

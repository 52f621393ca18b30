package org.newsatlas.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of known words (dictionary words, place names...), asked in lower case. */
@FunctionalInterface
public interface Lexicon {

    boolean contains(String lowercaseWord);

    /** A lexicon that knows a word when this one or {@code other} knows it. */
    default Lexicon or(Lexicon other) {
        return word -> contains(word) || other.contains(word);
    }

    static Lexicon of(Collection<String> words) {
        Set<String> set = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return set::contains;
    }

    static Lexicon empty() {
        return word -> false;
    }
}

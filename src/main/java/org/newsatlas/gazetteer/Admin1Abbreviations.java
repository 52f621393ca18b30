package org.newsatlas.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The one-word abbreviations of admin-1 units that news copy writes with a dot ("Tenn.", "Calif.", "Ont."), from
 * admin1-abbreviations.tsv beside this class. A name before a dot is one of them only if it is listed: "Raqqa." at
 * the end of a sentence is the city, not an abbreviation of its governorate (whose alternate name it also is).
 */
public final class Admin1Abbreviations {

    private static final Set<String> DOTTED_WORDS = load();

    private Admin1Abbreviations() {
    }

    /** True for "Tenn", "Calif", "Ont" (the word without its dot, as written). */
    public static boolean isDottedWord(String word) {
        return DOTTED_WORDS.contains(word);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try {
            for (String[] f : CuratedPlaces.resourceRows("admin1-abbreviations.tsv")) {
                for (String abbreviation : f[1].split("\\|")) {
                    if (abbreviation.endsWith(".") && abbreviation.indexOf('.') == abbreviation.length() - 1) {
                        words.add(abbreviation.substring(0, abbreviation.length() - 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

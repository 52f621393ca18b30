package org.newsatlas.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The abbreviations news copy uses for admin-1 units ("Kan.", "W. Va.", "Ont.", "NSW"), from admin1-abbreviations.tsv
 * beside this class: the gazetteer names the units with them, and the geoparser takes a name before a dot for one
 * only if it is listed ("Raqqa." at the end of a sentence is the city, not an abbreviation of its governorate,
 * whose alternate name it also is).
 */
public final class Admin1Abbreviations {

    /** By ISO 3166-2 code, or code and name where Natural Earth gives two units one code ("AU-NSW"). */
    private static final Map<String, String[]> BY_UNIT = load();
    /** The one-word ones written with a dot, without it: "Tenn", "Calif", "Ont". */
    private static final Set<String> DOTTED_WORDS = BY_UNIT.values().stream().flatMap(Arrays::stream)
            .filter(a -> a.indexOf('.') == a.length() - 1).map(a -> a.substring(0, a.length() - 1))
            .collect(Collectors.toUnmodifiableSet());

    private Admin1Abbreviations() {
    }

    /** The abbreviations of the unit with this ISO 3166-2 code and name; none when it has none. */
    static String[] forUnit(String iso3166_2, String name) {
        return BY_UNIT.getOrDefault(iso3166_2 + '\t' + name, BY_UNIT.getOrDefault(iso3166_2, new String[0]));
    }

    /** True for "Tenn", "Calif", "Ont" (the word without its dot, as written). */
    public static boolean isDottedWord(String word) {
        return DOTTED_WORDS.contains(word);
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> byUnit = new HashMap<>();
        try {
            for (String[] f : CuratedPlaces.resourceRows("admin1-abbreviations.tsv")) {
                byUnit.put(f.length > 2 ? f[0] + '\t' + f[2] : f[0], f[1].split("\\|"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byUnit);
    }
}

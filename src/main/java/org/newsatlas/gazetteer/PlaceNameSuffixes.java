package org.newsatlas.gazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generic words that follow a place name without being part of what identifies it: "Ningxia Hui
 * Autonomous Region", "Laurel County", "Sichuan Province", "Zabaikalsk station". The loader indexes admin-1
 * names without them; the extractor strips them before lookup.
 */
public final class PlaceNameSuffixes {

    /** Two-word suffixes, checked before the one-word ones. */
    private static final List<String> TWO_WORDS = List.of("autonomous region", "autonomous okrug",
            "autonomous oblast", "autonomous prefecture", "autonomous republic", "administrative region",
            "capital territory", "federal district", "special municipality");

    private static final Set<String> ONE_WORD = Set.of("province", "oblast", "region", "governorate", "state",
            "prefecture", "krai", "kray", "district", "county", "parish", "municipality", "territory",
            "city", "town", "township", "village", "borough", "station", "canton", "emirate",
            "division", "voivodeship", "okrug", "republic");

    private PlaceNameSuffixes() {
    }

    /** How many of the last words of {@code words} form a generic suffix (0, 1 or 2); never all of them. */
    public static int suffixLength(List<String> words) {
        int n = words.size();
        if (n >= 3 && isTwoWordSuffix(words.get(n - 2), words.get(n - 1))) {
            return 2;
        }
        return n >= 2 && isSuffixWord(words.get(n - 1)) ? 1 : 0;
    }

    /** "Autonomous Region", "Federal District": two words that together are a generic suffix. */
    public static boolean isTwoWordSuffix(String first, String second) {
        return TWO_WORDS.contains((first + " " + second).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ADMINISTRATIVE = Set.of("province", "oblast", "region", "governorate",
            "prefecture", "krai", "kray", "district", "county", "parish", "municipality", "okrug", "voivodeship");

    /** Suffixes that name an administrative unit ("County", "Oblast"), unlike "City", "State" or "Station". */
    public static boolean isAdministrativeSuffix(String word) {
        return ADMINISTRATIVE.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The one-word suffixes, lower-case: {@link #isSuffixWord} is true for these. */
    public static Set<String> suffixWords() {
        return ONE_WORD;
    }

    /** The administrative suffixes, lower-case: {@link #isAdministrativeSuffix} is true for these. */
    public static Set<String> administrativeSuffixes() {
        return ADMINISTRATIVE;
    }

    public static boolean isSuffixWord(String word) {
        return ONE_WORD.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The name without its generic suffix ("Ningxia Hui Autonomous Region" → "Ningxia Hui"), or itself. */
    public static String strip(String name) {
        List<String> words = List.of(name.trim().split("\\s+"));
        int cut = suffixLength(words);
        return cut == 0 ? name : String.join(" ", words.subList(0, words.size() - cut));
    }
}

package org.newsatlas.geoparse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.newsatlas.layer.Geodata;

/**
 * The English word list (geodata/lexicon/english-words.txt.gz) as a sorted array of 64-bit hashes:
 * ~2 MB instead of ~20 MB for a HashSet of 275k Strings. Tells ordinary words ("Mobile", "Police") from names.
 */
public final class EnglishWords {

    private final long[] hashes;

    private EnglishWords(long[] hashes) {
        this.hashes = hashes;
    }

    public static EnglishWords load(Geodata geodata) throws IOException {
        try (java.util.stream.Stream<String> words = geodata.englishWords()) {
            return sorted(words.mapToLong(w -> hash(w.trim())).toArray());
        }
    }

    public static EnglishWords of(Collection<String> words) {
        return sorted(words.stream().mapToLong(w -> hash(w.toLowerCase(Locale.ROOT))).toArray());
    }

    private static EnglishWords sorted(long[] hashes) {
        Arrays.sort(hashes);
        return new EnglishWords(hashes);
    }

    public boolean contains(String word) {
        return Arrays.binarySearch(hashes, hash(word.toLowerCase(Locale.ROOT))) >= 0;
    }

    /** As {@link #contains(String)}, with the token's lower-case form worked out once. */
    boolean contains(Token token) {
        return Arrays.binarySearch(hashes, hash(token.lower())) >= 0;
    }

    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }
}

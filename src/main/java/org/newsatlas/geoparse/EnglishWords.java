package org.newsatlas.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.newsatlas.gazetteer.GeodataSource;

/**
 * The English word list (geodata/lexicon/english-words.txt.gz) as a sorted array of 64-bit hashes:
 * ~2 MB instead of ~20 MB for a HashSet of 275k Strings. Tells ordinary words ("Mobile", "Police") from names.
 */
public final class EnglishWords {

    private final long[] hashes;

    private EnglishWords(long[] hashes) {
        this.hashes = hashes;
    }

    public static EnglishWords load(GeodataSource source) throws IOException {
        long[] hashes = new long[1 << 16];
        int n = 0;
        try (InputStream raw = source.open("lexicon/english-words.txt.gz");
             BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, n * 2);
                }
                hashes[n++] = hash(line.trim());
            }
        }
        return sorted(Arrays.copyOf(hashes, n));
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

    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }
}

package org.newsatlas.gazetteer;

import java.util.Arrays;

/**
 * A compact multimap from name keys to place numbers. Keys are never stored: each entry is one
 * {@code long} packing a 41-bit hash of the key, a 2-bit {@link MatchType} ordinal and a 20-bit place
 * number, sorted; a table of where each run of the top {@value #BUCKET_BITS} hash bits starts finds a key's
 * entries in two memory reads (most lookups are misses: capitalised words that name no place, and a Bloom filter
 * in front answers most of those from cache). About 9 to 10 bytes per (name, place) pair plus 4 MB of buckets,
 * instead of ~100 per pair for a HashMap of Strings; a spurious hit needs a 41-bit hash collision (odds ~1e-6
 * per lookup).
 */
final class NameIndex {

    static final int MAX_PLACES = 1 << 20;
    private static final int TYPE_SHIFT = 20;
    private static final int HASH_SHIFT = 22;
    private static final int HASH_BITS = 41;
    private static final int BUCKET_BITS = 20;

    private long[] entries;
    private int size;
    /** bucketStart[b] is the first entry whose hash has top bits b; bucketStart[b + 1] ends the run. */
    private int[] bucketStart;
    /**
     * A Bloom filter of the hashes, three bits in one 64-bit word per hash, 8 to 16 bits per entry (512 KB for
     * the full gazetteer's names): small enough to stay in cache, it answers most misses without reading the
     * buckets and entries (up to two reads from main memory). No false negatives, so it changes no answer.
     */
    private long[] filter;

    NameIndex() {
        entries = new long[1024];
    }

    void add(String key, MatchType type, int place) {
        if (key.isEmpty()) {
            return;
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = (hash(key) << HASH_SHIFT) | ((long) type.ordinal() << TYPE_SHIFT) | place;
    }

    /** Sorts and removes duplicates; call once after the last {@link #add}. */
    void freeze() {
        Arrays.sort(entries, 0, size);
        int out = 0;
        for (int i = 0; i < size; i++) {
            if (out == 0 || entries[i] != entries[out - 1]) {
                entries[out++] = entries[i];
            }
        }
        entries = Arrays.copyOf(entries, out);
        size = out;
        bucketStart = new int[(1 << BUCKET_BITS) + 1];
        int entry = 0;
        for (int bucket = 0; bucket <= 1 << BUCKET_BITS; bucket++) {
            while (entry < size && bucket(entries[entry] >>> HASH_SHIFT) < bucket) {
                entry++;
            }
            bucketStart[bucket] = entry;
        }
        filter = new long[Math.max(64, Integer.highestOneBit(Math.max(1, size / 4)))];
        for (int i = 0; i < size; i++) {
            long hash = entries[i] >>> HASH_SHIFT;
            filter[filterWord(hash)] |= filterBits(hash);
        }
    }

    private int filterWord(long hash) {
        return (int) hash & (filter.length - 1);
    }

    /** Three bit positions from the hash bits above the word index (which is at most 20 bits). */
    private static long filterBits(long hash) {
        return 1L << (hash >>> 20) | 1L << (hash >>> 26) | 1L << (hash >>> 32);
    }

    /** Gives each entry's place the number {@code number[place]} (a permutation); call after {@link #freeze}. */
    void renumber(int[] number) {
        long placeBits = MAX_PLACES - 1;
        for (int i = 0; i < size; i++) {
            entries[i] = (entries[i] & ~placeBits) | number[(int) (entries[i] & placeBits)];
        }
        Arrays.sort(entries, 0, size); // only entries of one hash and type change places: the buckets stay
    }

    private static int bucket(long hash) {
        return (int) (hash >>> (HASH_BITS - BUCKET_BITS));
    }

    private static final int[] NONE = new int[0];

    /** (typeOrdinal << 20 | place) of every entry under the key; an empty array when none. */
    int[] matches(String key) {
        return matches(hash(key));
    }

    /** As {@link #matches(String)} for the key key[0, length). */
    int[] matches(char[] key, int length) {
        return matches(hash(key, length));
    }

    private int[] matches(long prefix) {
        long bits = filterBits(prefix);
        if ((filter[filterWord(prefix)] & bits) != bits) {
            return NONE;
        }
        int bucket = bucket(prefix);
        int from = bucketStart[bucket];
        int to = bucketStart[bucket + 1];
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((entries[i] >>> HASH_SHIFT) == prefix) {
                count++;
            }
        }
        if (count == 0) {
            return NONE;
        }
        int[] out = new int[count];
        int n = 0;
        for (int i = from; i < to; i++) {
            if ((entries[i] >>> HASH_SHIFT) == prefix) {
                out[n++] = (int) (entries[i] & ((1L << HASH_SHIFT) - 1));
            }
        }
        return out;
    }

    private static final MatchType[] TYPES = MatchType.values();

    static MatchType type(int typeAndPlace) {
        return TYPES[typeAndPlace >>> TYPE_SHIFT];
    }

    static int place(int typeAndPlace) {
        return typeAndPlace & (MAX_PLACES - 1);
    }

    int size() {
        return size;
    }


    /** A 41-bit hash (FNV-1a 64 with a final avalanche): the packed entry stays non-negative. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return avalanche(h);
    }

    /** {@link #hash(String)} of the key key[0, length). */
    static long hash(char[] key, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < length; i++) {
            h ^= key[i];
            h *= 0x100000001b3L;
        }
        return avalanche(h);
    }

    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> (64 - HASH_BITS);
    }
}

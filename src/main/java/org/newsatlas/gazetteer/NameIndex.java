package org.newsatlas.gazetteer;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A compact multimap from name keys to place numbers. Keys are never stored: each entry is one
 * {@code long} packing a 41-bit hash of the key, a 2-bit {@link MatchType} ordinal and a 20-bit place
 * number, sorted, and found by binary search. About 8 bytes per (name, place) pair instead of ~100 for a
 * HashMap of Strings; a spurious hit needs a 41-bit hash collision (odds ~1e-6 per lookup).
 */
final class NameIndex {

    static final int MAX_PLACES = 1 << 20;
    private static final int TYPE_SHIFT = 20;
    private static final int HASH_SHIFT = 22;

    private long[] entries;
    private int size;

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
    }

    /** Calls back with (typeOrdinal << 20 | place) for every entry under the key. */
    void forEach(String key, IntConsumer typeAndPlace) {
        long prefix = hash(key);
        int i = lowerBound(prefix << HASH_SHIFT);
        for (; i < size && (entries[i] >>> HASH_SHIFT) == prefix; i++) {
            typeAndPlace.accept((int) (entries[i] & ((1L << HASH_SHIFT) - 1)));
        }
    }

    static MatchType type(int typeAndPlace) {
        return MatchType.values()[typeAndPlace >>> TYPE_SHIFT];
    }

    static int place(int typeAndPlace) {
        return typeAndPlace & (MAX_PLACES - 1);
    }

    int size() {
        return size;
    }

    private int lowerBound(long value) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A 41-bit hash (FNV-1a 64 with a final avalanche): the packed entry stays non-negative. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> (64 - 41);
    }
}

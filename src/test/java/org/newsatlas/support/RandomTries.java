package org.newsatlas.support;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks without a library: a property is tried on {@code tries} generated inputs from a fixed seed (the
 * same inputs on every run; {@code -Dnewsatlas.fuzz.seed=N} explores others). A failure names the try, the seed and
 * the input, escaped, so that it can become a named example test.
 */
public final class RandomTries {

    private static final long SEED = Long.getLong("newsatlas.fuzz.seed", 20_261_204L);

    private RandomTries() {
    }

    public static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> property) {
        for (int i = 0; i < tries; i++) {
            Random random = new Random(SEED * 1_000_003L + i);
            T input = generator.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("try " + i + " of seed " + SEED + " failed on " + show(input) + ": " + e, e);
            }
        }
    }

    /** The input in Java string syntax: control characters, surrogates and non-ASCII as \\uXXXX escapes. */
    public static String show(Object input) {
        if (input instanceof Object[] array) {
            StringBuilder out = new StringBuilder("[");
            for (Object o : array) {
                out.append(out.length() > 1 ? ", " : "").append(show(o));
            }
            return out.append(']').toString();
        }
        if (input instanceof byte[] bytes) {
            return bytes.length + " bytes " + java.util.HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 400));
        }
        if (!(input instanceof String text)) {
            return String.valueOf(input);
        }
        StringBuilder out = new StringBuilder("\"");
        String shown = text.length() > 2000 ? text.substring(0, 2000) : text;
        for (char c : shown.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append("\\u%04X".formatted((int) c));
            }
        }
        return out.append(text.length() > 2000 ? "\"... (" + text.length() + " chars)" : "\"").toString();
    }
}

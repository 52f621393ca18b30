package org.newsatlas.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generated input for property checks ({@link RandomTries}), hostile on purpose: any UTF-16 unit (lone surrogates,
 * NUL, control characters, U+FFFF), news-like prose with line breaks, dates and place names, very long lines, and
 * near-misses of a syntax.
 */
public final class RandomText {

    private static final List<String> NEWS_WORDS = List.of("Kabul", "Dushanbe", "Qingtongxia", "Ningxia", "China",
            "Russia", "Badakhshan", "Faizabad", "Washington", "Georgia", "in", "the", "of", "and", "on", "August",
            "May", "2021", "999", "10000", "1799", "2201", "next year", "last month", "yesterday", "June 2021",
            "2021-08-19", "Mar.", "summer of 2021", "-", "—", "\u00AD", "\u200B", "\uFEFF", "Photo:", "Reuters", "#",
            "*", "|", "\t", "\r\n", "\n", "\n\n", "  ", ".", ",", "\"", "\u201C", "é", "\uD83C\uDF0D", "\uD800",
            "\uDFFF", "\0", "\u0007", "\u2028", "İ", "ß", "ǅ", "\u0301");
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"));

    private RandomText() {
    }

    /** Any text a user, a file or a URL could carry, mostly up to {@code maxLength} UTF-16 units; now and then a long line. */
    public static String any(Random random, int maxLength) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> anyChars(random, maxLength);
            case 3 -> longLine(random);
            case 4 -> fromAlphabet(random, "\n\r \t\u00A0\u2028\u2029\0\uFEFF", maxLength);
            default -> news(random, maxLength);
        };
    }

    /** Uniformly any UTF-16 code unit, lone surrogates and NUL included. */
    public static String anyChars(Random random, int maxLength) {
        char[] chars = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : (char) random.nextInt(0x10000);
        }
        return new String(chars);
    }

    /** Words and separators of news text, dates and place names among them, hostile characters mixed in. */
    public static String news(Random random, int maxLength) {
        StringBuilder out = new StringBuilder();
        int words = random.nextInt(Math.max(1, maxLength / 5) + 1);
        for (int i = 0; i < words && out.length() < maxLength; i++) {
            out.append(NEWS_WORDS.get(random.nextInt(NEWS_WORDS.size()))).append(random.nextInt(5) == 0 ? "" : " ");
        }
        return out.length() > maxLength ? out.substring(0, maxLength) : out.toString();
    }

    /** One line of 5,000 to 40,000 characters without a break: a minified page, a pasted table. */
    public static String longLine(Random random) {
        String piece = List.of("Kabul ", "a", "\u00E9 ", "\uD83C\uDF0D", "1", ". ", "Dushanbe, ").get(random.nextInt(7));
        int n = 5_000 + random.nextInt(35_000);
        return piece.repeat(n / piece.length() + 1).substring(0, n);
    }

    /** Characters of {@code alphabet} in any order: near-misses of a syntax written with them. */
    public static String fromAlphabet(Random random, String alphabet, int maxLength) {
        char[] chars = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }

    /** Mostly near-misses of the syntax, sometimes anything at all. */
    public static String nearMiss(Random random, String alphabet, int maxLength) {
        return random.nextInt(4) == 0 ? anyChars(random, maxLength) : fromAlphabet(random, alphabet, maxLength);
    }

    /** Bytes of a file: random, hostile text in some encoding, or text wrapped in HTML or Markdown. */
    public static byte[] fileBytes(Random random, int maxLength) {
        String t = any(random, maxLength / 2);
        return switch (random.nextInt(4)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(maxLength + 1)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 1 -> ("<html><head><meta charset=\"" + List.of("utf-8", "latin1", "x-bogus", "utf-16").get(
                    random.nextInt(4)) + "\"><title>" + t + "</title><meta property=\"article:published_time\" content=\""
                    + t + "\"></head><body><p>" + t + "</p><script>" + t + "</script><iframe src=\"" + t
                    + "\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            case 2 -> ("# " + t + "\n\n*" + t + "*\n\n> " + t + "\n\n[" + t + "](" + t + ")\n\n```\n" + t + "\n```\n")
                    .getBytes(StandardCharsets.UTF_8);
            default -> t.getBytes(CHARSETS.get(random.nextInt(CHARSETS.size())));
        };
    }
}

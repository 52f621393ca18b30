package org.newsatlas.gazetteer;

import java.text.Normalizer;

/**
 * The keys place names are indexed under. {@link #normalize} folds case, diacritics, apostrophes and
 * dots ("Zabaykal’sk" = "zabaykalsk", "U.S." = "us") and unifies hyphens, commas and spaces ("Nur-Sultan" =
 * "nur sultan"). {@link #loose} further folds transliteration variants so that misspellings meet:
 * kh→k, gh→g, zh→j, y→i, ou→u, w→v, ck→k, doubled letters collapsed ("Badakshan" = "Badakhshan",
 * "Zabaikalsk" = "Zabaykal'sk").
 */
public final class NameKey {

    private NameKey() {
    }

    public static String normalize(String name) {
        if (isAscii(name)) {
            return normalizeAscii(name);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isDropped(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** {@link #normalize} of ASCII text (no marks to drop, no decomposition): a char array, no StringBuilder. */
    private static String normalizeAscii(String name) {
        char[] out = new char[name.length()];
        return new String(out, 0, normalizeAscii(name, out));
    }

    /**
     * {@link #normalize} of an ASCII name into {@code out} (room for {@code name.length()} chars); returns the
     * key's length. For lookups that need no String of the key.
     */
    static int normalizeAscii(String name, char[] out) {
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                if (pendingSpace && n > 0) {
                    out[n++] = ' ';
                }
                pendingSpace = false;
                out[n++] = c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c;
            } else if (!isDropped(c)) {
                pendingSpace = true;
            }
        }
        return n;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDropped(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == 'ʻ' || c == '`' || c == '.';
    }

    /** The looser spelling key of a {@link #normalize normalised} key. */
    public static String loose(String normalized) {
        char[] s = normalized.toCharArray();
        return new String(s, 0, loose(s, s.length));
    }

    /** {@link #loose} of the normalised key s[0, length), in place; returns the loose key's length. */
    static int loose(char[] s, int length) {
        // each replacement over the whole key in turn, left to right, as String.replace does
        int n = replace(s, length, 'k', 'h', 'k');
        n = replace(s, n, 'g', 'h', 'g');
        n = replace(s, n, 'z', 'h', 'j');
        n = replace(s, n, 'c', 'k', 'k');
        n = replace(s, n, 'o', 'u', 'u');
        int out = 0;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i] == 'y' ? 'i' : s[i] == 'w' ? 'v' : s[i];
            if (i == 0 || c != previous) {
                s[out++] = c;
            }
            previous = c;
        }
        return out;
    }

    /** Replaces each pair {@code ab} of s[0, n) by {@code r}, in place; returns the new length. */
    private static int replace(char[] s, int n, char a, char b, char r) {
        int out = 0;
        for (int i = 0; i < n; i++) {
            if (s[i] == a && i + 1 < n && s[i + 1] == b) {
                s[out++] = r;
                i++;
            } else {
                s[out++] = s[i];
            }
        }
        return out;
    }
}

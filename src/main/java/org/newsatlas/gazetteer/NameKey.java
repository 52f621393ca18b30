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
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
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

    private static boolean isAscii(String s) {
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
        String s = normalized.replace("kh", "k").replace("gh", "g").replace("zh", "j").replace("ck", "k")
                .replace("ou", "u").replace('y', 'i').replace('w', 'v');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

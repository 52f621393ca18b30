package org.newsatlas.ui;

/**
 * JSON text made safe to embed in an inline {@code <script>}: every {@code <}, {@code >}, {@code &}, U+2028 and
 * U+2029 becomes a {@code \}{@code uXXXX} escape, so no {@code </script>}, {@code <!--} or {@code <script} can
 * end the script or switch the HTML parser's script states, whatever the strings in the JSON hold.
 * <p>
 * In valid JSON these characters can only stand inside string literals (outside them JSON allows only
 * structure, whitespace, numbers and {@code true}/{@code false}/{@code null}), and inside a string a
 * {@code \}{@code uXXXX} escape denotes the same character: the escaped text parses to exactly the same value.
 * No JSON escape sequence ends in one of these characters, so a backslash before one is always itself escaped
 * ({@code \\<} becomes {@code \\\}{@code u003c}: a backslash, then the character).
 */
public final class ScriptSafeJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ScriptSafeJson() {
    }

    /** {@code json}, which must be valid JSON, with the characters above escaped. */
    public static String escape(String json) {
        int first = firstUnsafe(json, 0);
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (isUnsafe(c)) {
                out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code text} holds none of the characters {@link #escape} replaces. */
    public static boolean isSafe(String text) {
        return firstUnsafe(text, 0) < 0;
    }

    private static int firstUnsafe(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUnsafe(char c) {
        return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }
}

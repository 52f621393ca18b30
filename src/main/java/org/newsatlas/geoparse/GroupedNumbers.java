package org.newsatlas.geoparse;

import java.util.Locale;

/**
 * {@code String.format(locale, "%,d", n)} without parsing the format and building a {@code DecimalFormat} per
 * call (which made PopulationRankPass's reasons a tenth of the resolver's time). The digits and grouping of a
 * locale are learnt once from the Formatter itself and used only if they reproduce its output for a set of
 * probe numbers; otherwise, and for negative numbers, the Formatter is called as before.
 */
final class GroupedNumbers {

    private static final long[] PROBES = {0, 7, 12, 123, 1234, 12345, 123456, 1234567, 1_234_567_890_123_456_789L,
            Long.MAX_VALUE};

    /** How a locale writes a count: digits from {@code zero}, {@code separator} every {@code size} digits. */
    private record Style(Locale locale, char zero, char separator, int size, boolean reproducesFormatter) {

        String format(long n) {
            String digits = Long.toString(n);
            StringBuilder out = new StringBuilder(digits.length() + digits.length() / 2);
            int length = digits.length();
            for (int j = 0; j < length; j++) {
                out.append((char) (digits.charAt(j) - '0' + zero));
                if (separator != 0 && j != length - 1 && (length - j) % size == 1) {
                    out.append(separator);
                }
            }
            return out.toString();
        }
    }

    private static volatile Style style;

    private GroupedNumbers() {
    }

    /** As {@code String.format(locale, "%,d", n)}. */
    static String format(long n, Locale locale) {
        Style s = style;
        if (s == null || !s.locale().equals(locale)) {
            s = learn(locale);
            style = s;
        }
        return s.reproducesFormatter() && n >= 0 ? s.format(n) : String.format(locale, "%,d", n);
    }

    private static Style learn(Locale locale) {
        String probe = String.format(locale, "%,d", 1_234_567_890_123_456_789L);
        char zero = (char) (probe.charAt(0) - 1);
        char separator = 0;
        int size = 0;
        for (int i = 0; i < probe.length(); i++) {
            char c = probe.charAt(i);
            if (c < zero || c > zero + 9) {
                separator = c;
                size = 0;
            } else {
                size++;
            }
        }
        Style learnt = new Style(locale, zero, separator, separator == 0 ? 1 : size, true);
        for (long n : PROBES) {
            if (!learnt.format(n).equals(String.format(locale, "%,d", n))) {
                return new Style(locale, zero, separator, size, false);
            }
        }
        return learnt;
    }
}

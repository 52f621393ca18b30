package org.newsatlas.geoparse;

import java.util.Locale;

/**
 * {@code String.format(locale, "%,d", n)} and {@code String.format(locale, "%.0f", x)} without parsing the
 * format and building a {@code DecimalFormat} per call, which made the reasons of PopulationRankPass and
 * SpatialCoherencePass a tenth of the resolver's time. A locale's digits and grouping are learnt once from
 * the Formatter itself and used only if they reproduce its output for a set of probe numbers; otherwise,
 * and for negative numbers, the Formatter is called as before.
 */
final class LocalizedNumbers {

    private static final long[] COUNT_PROBES = {0, 7, 12, 123, 1234, 12345, 123456, 1234567,
            1_234_567_890_123_456_789L, Long.MAX_VALUE};
    private static final double[] ROUNDING_PROBES = {0, 0.49999999999999994, 0.5, 1.5, 2.5, 99.5, 123.456,
            399.99999999999994, 1234567.5, 9.0071992547409915E15};
    /** Above this, {@code Math.round} and the Formatter's rounding of the shortest decimal may part. */
    private static final double LARGEST_ROUNDED = 1e15;

    /** How a locale writes numbers: digits from {@code zero}, {@code separator} every {@code size} digits. */
    private record Style(Locale locale, char zero, char separator, int size, boolean groupsLikeFormatter,
                         boolean roundsLikeFormatter) {

        String digits(long n, boolean grouped) {
            String digits = Long.toString(n);
            StringBuilder out = new StringBuilder(digits.length() + digits.length() / 2);
            int length = digits.length();
            for (int j = 0; j < length; j++) {
                out.append((char) (digits.charAt(j) - '0' + zero));
                if (grouped && separator != 0 && j != length - 1 && (length - j) % size == 1) {
                    out.append(separator);
                }
            }
            return out.toString();
        }
    }

    private static volatile Style style;

    private LocalizedNumbers() {
    }

    /** As {@code String.format(locale, "%,d", n)}. */
    static String grouped(long n, Locale locale) {
        Style s = style(locale);
        return s.groupsLikeFormatter() && n >= 0 ? s.digits(n, true) : String.format(locale, "%,d", n);
    }

    /** As {@code String.format(locale, "%.0f", x)}: rounded half up, no grouping. */
    static String rounded(double x, Locale locale) {
        Style s = style(locale);
        return s.roundsLikeFormatter() && x >= 0 && x < LARGEST_ROUNDED && !isNegativeZero(x)
                ? s.digits(Math.round(x), false) : String.format(locale, "%.0f", x);
    }

    private static boolean isNegativeZero(double x) {
        return Double.doubleToRawLongBits(x) == Long.MIN_VALUE;
    }

    private static Style style(Locale locale) {
        Style s = style;
        if (s == null || !s.locale().equals(locale)) {
            s = learn(locale);
            style = s;
        }
        return s;
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
        Style learnt = new Style(locale, zero, separator, separator == 0 ? 1 : size, true, true);
        boolean groups = true;
        for (long n : COUNT_PROBES) {
            groups &= learnt.digits(n, true).equals(String.format(locale, "%,d", n));
        }
        boolean rounds = true;
        for (double x : ROUNDING_PROBES) {
            rounds &= x < LARGEST_ROUNDED ? learnt.digits(Math.round(x), false).equals(String.format(locale, "%.0f", x))
                    : true;
        }
        return new Style(locale, zero, separator, learnt.size(), groups, rounds);
    }
}

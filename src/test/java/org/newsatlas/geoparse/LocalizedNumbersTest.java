package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalizedNumbersTest {

    @Test
    void counts_read_as_string_format_writes_them_in_every_available_locale() {
        Random random = new Random(7);
        for (Locale locale : Locale.getAvailableLocales()) {
            for (long n : new long[] {-1234, 0, 5, 999, 1000, 20_000, 8_336_817, Long.MAX_VALUE,
                    random.nextLong() >>> random.nextInt(63)}) {
                assertThat(LocalizedNumbers.grouped(n, locale)).as("%s in %s", n, locale)
                        .isEqualTo(String.format(locale, "%,d", n));
            }
        }
    }

    @Test
    void kilometres_round_as_string_format_rounds_them_in_every_available_locale() {
        Random random = new Random(11);
        for (Locale locale : Locale.getAvailableLocales()) {
            for (double x : new double[] {-0.0, -2.5, 0, 0.5, 1.5, 2.4999999999999996, 2.5, 99.5, 399.99,
                    Math.nextDown(0.5), Math.nextUp(0.5), 1e16, Double.NaN, random.nextDouble() * 400,
                    Math.round(random.nextDouble() * 400) + 0.5}) {
                assertThat(LocalizedNumbers.rounded(x, locale)).as("%s in %s", x, locale)
                        .isEqualTo(String.format(locale, "%.0f", x));
            }
        }
    }

    @Test
    void english_groups_thousands_with_commas_and_rounds_halves_up() {
        assertThat(LocalizedNumbers.grouped(8_336_817, Locale.ENGLISH)).isEqualTo("8,336,817");
        assertThat(LocalizedNumbers.rounded(2.5, Locale.ENGLISH)).isEqualTo("3");
        assertThat(LocalizedNumbers.rounded(15.49, Locale.ENGLISH)).isEqualTo("15");
    }
}

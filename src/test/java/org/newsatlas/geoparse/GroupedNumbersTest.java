package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupedNumbersTest {

    @Test
    void counts_read_as_string_format_writes_them_in_every_available_locale() {
        Random random = new Random(7);
        for (Locale locale : Locale.getAvailableLocales()) {
            for (long n : new long[] {-1234, 0, 5, 999, 1000, 20_000, 8_336_817, Long.MAX_VALUE,
                    random.nextLong() >>> random.nextInt(63)}) {
                assertThat(GroupedNumbers.format(n, locale)).as("%s in %s", n, locale)
                        .isEqualTo(String.format(locale, "%,d", n));
            }
        }
    }

    @Test
    void english_groups_thousands_with_commas() {
        assertThat(GroupedNumbers.format(8_336_817, Locale.ENGLISH)).isEqualTo("8,336,817");
        assertThat(GroupedNumbers.format(999, Locale.ENGLISH)).isEqualTo("999");
    }
}

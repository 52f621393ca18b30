package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The geoparse command's {@code --date}: a date within 1800–2200, or a usage error saying why. */
class GeoparseArgumentsTest {

    private final GeoparseCommand command = new GeoparseCommand(new com.fasterxml.jackson.databind.ObjectMapper());

    @Test
    void a_date_in_year_999_or_10000_is_a_usage_error_naming_the_sane_years() {
        assertThat(command.usageError(List.of("--date", "0999-05-05", "a.txt")))
                .contains("geoparse: --date: publication date 0999-05-05 is outside 1800–2200");
        assertThat(command.usageError(List.of("--date=+10000-01-01", "a.txt")))
                .contains("geoparse: --date: publication date +10000-01-01 is outside 1800–2200");
    }

    @Test
    void the_first_and_last_sane_days_are_taken() {
        assertThat(command.usageError(List.of("--date", "1800-01-01", "a.txt"))).isEmpty();
        assertThat(GeoparseCommand.Arguments.parse(List.of("--date=2200-12-31", "a.txt")).date())
                .isEqualTo(LocalDate.of(2200, 12, 31));
    }
}

package org.newsatlas.api.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsatlas.support.RandomText.nearMiss;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.junit.jupiter.api.Test;
import org.newsatlas.api.ApiError;
import org.newsatlas.api.ApiException;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.support.RandomText;
import org.newsatlas.support.RandomTries;
import org.springframework.http.HttpStatus;

/**
 * The OGC API's parameter parsers over generated text: each returns a value within its rules or throws an
 * {@link ApiException} (400, naming the parameter); nothing else escapes, and what they return can be queried.
 */
class ApiParametersPropertiesTest {

    @Test
    void datetime_is_a_window_or_a_400_naming_it() {
        RandomTries.forAll(1000, ApiParametersPropertiesTest::datetime, value -> {
            MonthWindow window;
            try {
                window = DateTimeParameter.parse(value);
            } catch (ApiException e) {
                assertBadParameter(e, "datetime");
                return;
            }
            assertThat(window.from() == null || window.to() == null || !window.from().isAfter(window.to())).isTrue();
        });
    }

    @Test
    void the_passages_month_is_one_month_or_a_400_naming_it() {
        RandomTries.forAll(500, r -> r.nextBoolean() ? (r.nextInt(10003) - 2) + "-" + (r.nextInt(15) - 1)
                : nearMiss(r, "0123456789-+ ", 12), value -> {
            try {
                MonthWindow window = DateTimeParameter.parseMonth("month", value);
                assertThat(window.isAllTime() || window.from().equals(window.to())).isTrue();
                } catch (ApiException e) {
                assertBadParameter(e, "month");
            }
        });
    }

    @Test
    void bbox_is_finite_boxes_on_the_globe_or_a_400_naming_it() {
        RandomTries.forAll(1000, ApiParametersPropertiesTest::bbox, value -> {
            List<ReferencedEnvelope> boxes;
            try {
                boxes = BboxParameter.parse(value);
            } catch (ApiException e) {
                assertBadParameter(e, "bbox");
                return;
            }
            for (ReferencedEnvelope box : boxes) {
                assertThat(box.getMinX()).isBetween(-180.0, 180.0);
                assertThat(box.getMaxX()).isBetween(-180.0, 180.0);
                assertThat(box.getMinY()).isBetween(-90.0, 90.0).isLessThanOrEqualTo(box.getMaxY());
                assertThat(box.getMaxY()).isBetween(-90.0, 90.0);
            }
        });
    }

    @Test
    void limit_and_offset_make_a_page_that_never_overflows_or_a_400_naming_one() {
        RandomTries.forAll(1000, r -> new Object[] {number(r), number(r), r.nextInt(30_000)}, input -> {
            PageParameters page;
            try {
                page = PageParameters.parse((String) input[0], (String) input[1]);
            } catch (ApiException e) {
                assertBadParameter(e, e.getMessage().startsWith("Parameter 'limit'") ? "limit" : "offset");
                return;
            }
            int matched = (Integer) input[2];
            assertThat(page.limit()).isBetween(1, PageParameters.MAX_LIMIT);
            assertThat(page.offset()).isNotNegative();
            List<Integer> slice = page.of(Collections.nCopies(matched, 1));
            assertThat(slice.size()).isLessThanOrEqualTo(page.limit());
            assertThat(page.hasNext(matched)).isEqualTo(page.offset() + slice.size() < matched);
            assertThat(page.next().offset()).isGreaterThan(page.offset());
            assertThat(page.previous().offset()).isBetween(0L, page.offset());
        });
    }

    @Test
    void the_largest_int_offset_is_an_empty_page_not_an_overflow() {
        PageParameters page = PageParameters.parse("10000", String.valueOf(Integer.MAX_VALUE));
        assertThat(page.of(List.of(1, 2, 3))).isEmpty();
        assertThat(page.hasNext(3)).isFalse();
        assertThat(page.next().offset()).isEqualTo(Integer.MAX_VALUE + 10_000L);
    }

    @Test
    void an_offset_with_more_digits_than_a_long_is_past_every_page() {
        PageParameters page = PageParameters.parse(null, "123456789012345678901234567890");
        assertThat(page.of(List.of(1, 2, 3))).isEmpty();
        assertThat(page.next().offset()).isPositive();
    }

    @Test
    void a_limit_beyond_the_largest_int_is_the_maximum_page_size() {
        assertThat(PageParameters.parse("2147483648", null).limit()).isEqualTo(PageParameters.MAX_LIMIT);
        assertThat(PageParameters.parse("99999999999999999999999", null).limit()).isEqualTo(PageParameters.MAX_LIMIT);
    }

    @Test
    void a_year_0999_or_0000_datetime_is_a_window() {
        MonthWindow window = DateTimeParameter.parse("0999-12-31");
        assertThat(window.from()).hasToString("0999-12");
        assertThat(DateTimeParameter.parse("0000-01-01/..").from()).hasToString("0000-01");
    }

    @Test
    void a_five_digit_or_negative_year_is_not_rfc_3339() {
        for (String value : List.of("+10000-01-01T00:00:00Z", "+10000-01-01", "-0001-01-01", "-0001-01-01T00:00:00Z")) {
            assertThatThrownBy(() -> DateTimeParameter.parse(value)).as(value).isInstanceOf(ApiException.class)
                    .hasMessageContaining("four-digit year");
        }
    }

    @Test
    void java_number_spellings_that_are_not_decimals_are_refused_in_a_bbox() {
        for (String box : List.of("0x1p3,0,1,1", "1d,0,1,1", "1f,0,1,1", "NaN,0,1,1", "Infinity,0,1,1", "1,2,3,4,")) {
            assertThatThrownBy(() -> BboxParameter.parse(box)).as(box).isInstanceOf(ApiException.class);
        }
    }

    private static String datetime(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> end(r);
            case 1 -> end(r) + "/" + end(r);
            case 2 -> end(r) + "/" + end(r) + "/" + end(r);
            default -> nearMiss(r, "0123456789-/.:TZ+ tz", 40);
        };
    }

    private static String end(Random r) {
        String date = "%04d-%02d-%02d".formatted(r.nextInt(10_000), r.nextInt(15), r.nextInt(33));
        return switch (r.nextInt(5)) {
            case 0 -> date;
            case 1 -> date + "T%02d:%02d:%02d%s".formatted(r.nextInt(26), r.nextInt(61), r.nextInt(61),
                    List.of("Z", "z", "+14:00", "-03:30", "", ".123456789Z").get(r.nextInt(6)));
            case 2 -> List.of("..", "", "+10000-01-01", "-0001-01-01", "0000-01-01", " 2021-08-01 ").get(r.nextInt(6));
            default -> RandomText.anyChars(r, 12);
        };
    }

    private static String bbox(Random r) {
        if (r.nextInt(4) == 0) {
            return nearMiss(r, "0123456789,.-+eE ", 40);
        }
        int n = r.nextInt(8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i > 0 ? "," : "").append(r.nextInt(5) == 0
                    ? List.of("NaN", "Infinity", "-Infinity", "1e999", "0x1p3", "1d", "", " ", "-0", ".5", "5.")
                            .get(r.nextInt(11))
                    : String.valueOf(r.nextDouble() * 800 - 400));
        }
        return out.toString();
    }

    private static String number(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> String.valueOf(r.nextLong());
            case 1 -> String.valueOf(r.nextInt(20_000) - 10);
            case 2 -> new java.math.BigInteger(120, r).subtract(java.math.BigInteger.ONE.shiftLeft(119)).toString();
            case 3 -> r.nextInt(5) == 0 ? null : List.of("", " ", "0", "-0", "+1", "2147483647", "2147483648", "1.5",
                    "1e3", "٣").get(r.nextInt(10));
            default -> nearMiss(r, "0123456789+- ", 25);
        };
    }

    private static void assertBadParameter(ApiException e, String parameter) {
        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.error().code()).isEqualTo(ApiError.INVALID_PARAMETER);
        assertThat(e.error().description()).startsWith("Parameter '" + parameter + "': ").hasSizeGreaterThan(20);
    }
}

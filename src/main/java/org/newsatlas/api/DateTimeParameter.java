package org.newsatlas.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.newsatlas.layer.MonthWindow;

/**
 * The OGC API {@code datetime} parameter (RFC 3339 date-time or full-date, or an interval "a/b" with ".." or an
 * empty string for an open end) as the {@link MonthWindow} the layers filter by. The layers resolve time to the
 * month, so a window covers every month the interval touches; dates are taken as written (no time-zone shift).
 */
public final class DateTimeParameter {

    public static final String NAME = "datetime";

    private DateTimeParameter() {
    }

    public static MonthWindow parse(String value) {
        if (value == null || value.isBlank()) {
            return MonthWindow.ALL_TIME;
        }
        String[] parts = value.split("/", -1);
        if (parts.length > 2) {
            throw ApiError.badParameter(NAME, "an interval has one '/', got '" + value + "'");
        }
        if (parts.length == 1) {
            if (isOpen(parts[0])) {
                throw ApiError.badParameter(NAME, "'..' is only allowed as one end of an interval");
            }
            return MonthWindow.of(month(parts[0]));
        }
        YearMonth from = isOpen(parts[0]) ? null : month(parts[0]);
        YearMonth to = isOpen(parts[1]) ? null : month(parts[1]);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badParameter(NAME, "the interval starts after it ends: '" + value + "'");
        }
        return new MonthWindow(from, to);
    }

    /** {@code month=YYYY-MM} of the passages endpoint; absent is all time. */
    public static MonthWindow parseMonth(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return MonthWindow.ALL_TIME;
        }
        try {
            return MonthWindow.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(parameter, "expected a month as YYYY-MM, got '" + value + "'");
        }
    }

    private static boolean isOpen(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static YearMonth month(String instant) {
        String text = instant.strip().toUpperCase(Locale.ROOT);
        try {
            if (text.length() == 10) {
                return YearMonth.from(LocalDate.parse(text));
            }
            return YearMonth.from(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(NAME, "'" + instant + "' is not an RFC 3339 date-time (2021-08-01T00:00:00Z)"
                    + " or date (2021-08-01)");
        }
    }
}

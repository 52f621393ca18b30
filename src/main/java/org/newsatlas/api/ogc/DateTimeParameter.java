package org.newsatlas.api.ogc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsatlas.api.ApiException;
import org.newsatlas.layer.MonthWindow;

/**
 * The OGC API {@code datetime} parameter (RFC 3339 date-time or full-date, or an interval "a/b" with ".." or an
 * empty string for an open end) as the {@link MonthWindow} the layers filter by. The layers resolve time to the
 * month, so a window covers every month the interval touches; dates are taken as written (no time-zone shift).
 * RFC 3339 years have four digits (0000-9999): any of them is a valid question, answered with the features of that
 * time (none outside the corpus); "+10000-01-01" or "-0001-01-01" is not RFC 3339 and a 400.
 */
public final class DateTimeParameter {

    public static final String NAME = "datetime";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private DateTimeParameter() {
    }

    public static MonthWindow parse(String value) {
        if (value == null || value.isBlank()) {
            return MonthWindow.ALL_TIME;
        }
        String[] parts = value.split("/", -1);
        if (parts.length > 2) {
            throw ApiException.badParameter(NAME, "an interval has one '/', got '" + value + "'");
        }
        if (parts.length == 1) {
            if (isOpen(parts[0])) {
                throw ApiException.badParameter(NAME, "'..' is only allowed as one end of an interval");
            }
            return MonthWindow.of(month(parts[0]));
        }
        YearMonth from = isOpen(parts[0]) ? null : month(parts[0]);
        YearMonth to = isOpen(parts[1]) ? null : month(parts[1]);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badParameter(NAME, "the interval starts after it ends: '" + value + "'");
        }
        return new MonthWindow(from, to);
    }

    /** {@code month=YYYY-MM} of the passages endpoint; absent is all time. */
    public static MonthWindow parseMonth(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return MonthWindow.ALL_TIME;
        }
        try {
            if (MONTH.matcher(value).matches()) {
                return MonthWindow.of(YearMonth.parse(value));
            }
        } catch (DateTimeParseException e) {
            // month 13: said below
        }
        throw ApiException.badParameter(parameter, "expected a month as YYYY-MM (month 01 to 12), got '" + value + "'");
    }

    private static boolean isOpen(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static YearMonth month(String instant) {
        String text = instant.strip().toUpperCase(Locale.ROOT);
        try {
            if (DATE.matcher(text).matches()) {
                return YearMonth.from(LocalDate.parse(text));
            }
            if (DATE_TIME.matcher(text).matches()) {
                return YearMonth.from(OffsetDateTime.parse(text));
            }
        } catch (DateTimeParseException e) {
            // a day or an hour out of range: said below
        }
        throw ApiException.badParameter(NAME, "'" + instant + "' is not an RFC 3339 date-time (2021-08-01T00:00:00Z)"
                + " or date (2021-08-01) with a four-digit year; an interval is two of them with '/', '..' for an open"
                + " end");
    }
}

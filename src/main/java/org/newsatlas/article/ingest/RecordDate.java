package org.newsatlas.article.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date column of a CSV row or JSON line: an ISO date or date-time ({@code 2021-08-09},
 * {@code 2021-08-09T10:15:00Z}: the date as written, not moved to another time zone), or any date {@link StatedDate}
 * reads ("Mon, 09 Aug 2021 10:15:00 GMT", "August 9, 2021", "09.08.2021"); empty for anything else or for a
 * slashed date that could be day-month or month-day.
 */
final class RecordDate {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$");

    private RecordDate() {
    }

    static Optional<LocalDate> parse(String value) {
        String text = value.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return StatedDate.parse(text).or(() -> StatedDate.find(text)).flatMap(StatedDate.Reading::date);
    }
}

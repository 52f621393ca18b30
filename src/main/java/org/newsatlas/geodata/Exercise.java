package org.newsatlas.geodata;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * A military exercise from the curated dataset (geodata/exercises.geojson).
 *
 * @param start         ISO date at the precision known: "2021-08-09", "2021-09" or "2018"
 * @param series        name shared by all editions ("Peace Mission"), or null
 * @param siteLocation  how {@code site} was placed: site, nearby_place, admin1_label_point, host_country
 * @param sources       JSON object: a short source note per fact
 */
public record Exercise(String id, String name, List<String> aliases, String series, String start, String end,
                       String siteName, String siteLocation, String hostCountry, List<String> participants,
                       Point site, String sources) {

    public Exercise {
        aliases = List.copyOf(aliases);
        participants = List.copyOf(participants);
        if (lastDay(end).isBefore(firstDay(start))) {
            throw new IllegalArgumentException("exercise " + id + " ends before it starts");
        }
    }

    public LocalDate firstDay() {
        return firstDay(start);
    }

    public LocalDate lastDay() {
        return lastDay(end);
    }

    static LocalDate firstDay(String isoDate) {
        return switch (isoDate.length()) {
            case 4 -> Year.parse(isoDate).atDay(1);
            case 7 -> YearMonth.parse(isoDate).atDay(1);
            default -> LocalDate.parse(isoDate);
        };
    }

    static LocalDate lastDay(String isoDate) {
        return switch (isoDate.length()) {
            case 4 -> Year.parse(isoDate).atMonth(12).atEndOfMonth();
            case 7 -> YearMonth.parse(isoDate).atEndOfMonth();
            default -> LocalDate.parse(isoDate);
        };
    }
}

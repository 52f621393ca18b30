package org.newsatlas.geoparse;

import java.time.YearMonth;
import java.util.List;

/**
 * The months a passage speaks of (sorted, distinct), the expressions they came from, and whether the
 * months are only the publication month because nothing was found ({@code fallback}).
 */
public record PassageTime(List<YearMonth> months, List<TimeExpression> expressions, boolean fallback) {

    public PassageTime {
        months = List.copyOf(months);
        expressions = List.copyOf(expressions);
    }
}

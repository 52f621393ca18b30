package org.newsatlas.layer;

import java.time.YearMonth;

/** One bar of the month histogram: passages tagged with the month that link to a feature, and their mentions. */
public record MonthCount(YearMonth month, int passages, int mentions) {
}

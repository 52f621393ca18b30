package org.newsatlas.layer;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;

/**
 * The one place where a {@link MonthWindow} becomes a GeoTools {@link Filter}. Every layer carries a
 * {@value #MONTHS_ATTRIBUTE} attribute: the months in which it is "on the map" (for an exercise, the months its
 * dates span; for everything else, the months of the passages that mention it), encoded by {@link #encode}.
 */
public final class MonthFilters {

    public static final String MONTHS_ATTRIBUTE = "months";
    static final int MONTH_TEXT_LENGTH = 7;

    private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

    private MonthFilters() {
    }

    /** All time is {@link Filter#INCLUDE}; any other window keeps the features with a month inside it. */
    public static Filter filter(MonthWindow window) {
        if (window.isAllTime()) {
            return Filter.INCLUDE;
        }
        MonthsOverlapFunction overlap = new MonthsOverlapFunction();
        overlap.setParameters(List.of(FF.property(MONTHS_ATTRIBUTE),
                FF.literal(text(window.from())), FF.literal(text(window.to()))));
        return FF.equals(overlap, FF.literal(true));
    }

    /** Sorted, distinct, space-separated "yyyy-MM" months: the value of the {@value #MONTHS_ATTRIBUTE} attribute. */
    public static String encode(Collection<YearMonth> months) {
        return months.stream().distinct().sorted().map(YearMonth::toString).collect(Collectors.joining(" "));
    }

    private static String text(YearMonth month) {
        if (month != null && (month.getYear() < 1000 || month.getYear() > 9999)) {
            throw new IllegalArgumentException("months outside years 1000-9999 are not supported: " + month);
        }
        return month == null ? "" : month.toString();
    }
}

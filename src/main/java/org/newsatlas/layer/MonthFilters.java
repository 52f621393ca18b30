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
    private static final int FIRST_YEAR = 0;
    private static final int LAST_YEAR = 9999;

    private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

    private MonthFilters() {
    }

    /**
     * All time is {@link Filter#INCLUDE}; any other window keeps the features with a month it contains
     * ({@link MonthsOverlapFunction}, which asks {@link MonthWindow#contains}).
     */
    public static Filter filter(MonthWindow window) {
        if (window.isAllTime()) {
            return Filter.INCLUDE;
        }
        MonthsOverlapFunction overlap = new MonthsOverlapFunction();
        overlap.setParameters(List.of(FF.property(MONTHS_ATTRIBUTE), FF.literal(window)));
        return FF.equals(overlap, FF.literal(true));
    }

    /** Sorted, distinct, space-separated "yyyy-MM" months (four-digit years only): the value of the {@value #MONTHS_ATTRIBUTE} attribute. */
    public static String encode(Collection<YearMonth> months) {
        return months.stream().filter(m -> m.getYear() >= FIRST_YEAR && m.getYear() <= LAST_YEAR).distinct().sorted().map(YearMonth::toString).collect(Collectors.joining(" "));
    }
}

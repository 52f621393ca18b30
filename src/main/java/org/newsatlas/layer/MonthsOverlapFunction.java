package org.newsatlas.layer;

import static org.geotools.filter.capability.FunctionNameImpl.parameter;

import java.time.YearMonth;
import org.geotools.api.filter.capability.FunctionName;
import org.geotools.filter.FunctionExpressionImpl;
import org.geotools.filter.capability.FunctionNameImpl;

/**
 * {@code months_overlap(months, window)}: true when the feature's month list (see {@link MonthFilters#encode})
 * has a month the {@link MonthWindow} contains. The window is a {@link MonthWindow} literal or its text
 * ({@link MonthWindow#parse}, e.g. in CQL: {@code months_overlap(months, '2021-06..2021-09')}).
 */
public class MonthsOverlapFunction extends FunctionExpressionImpl {

    public static final FunctionName NAME = new FunctionNameImpl("months_overlap",
            parameter("result", Boolean.class),
            parameter("months", String.class),
            parameter("window", MonthWindow.class));

    public MonthsOverlapFunction() {
        super(NAME);
    }

    @Override
    public Object evaluate(Object feature) {
        String months = getExpression(0).evaluate(feature, String.class);
        Object window = getExpression(1).evaluate(feature);
        return months != null && overlaps(months,
                window instanceof MonthWindow w ? w : MonthWindow.parse(window == null ? "" : window.toString()));
    }

    /** Reads each "yyyy-MM" of the encoded list and asks the window ({@link MonthWindow#contains}). */
    static boolean overlaps(String months, MonthWindow window) {
        int length = MonthFilters.MONTH_TEXT_LENGTH;
        for (int i = 0; i + length <= months.length(); i += length + 1) {
            YearMonth month = YearMonth.of(Integer.parseInt(months, i, i + 4, 10),
                    Integer.parseInt(months, i + 5, i + length, 10));
            if (window.contains(month)) {
                return true;
            }
        }
        return false;
    }
}

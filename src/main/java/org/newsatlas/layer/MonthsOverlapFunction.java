package org.newsatlas.layer;

import static org.geotools.filter.capability.FunctionNameImpl.parameter;

import org.geotools.api.filter.capability.FunctionName;
import org.geotools.filter.FunctionExpressionImpl;
import org.geotools.filter.capability.FunctionNameImpl;

/**
 * {@code months_overlap(months, from, to)}: true when the feature's month list (see {@link MonthFilters#encode})
 * has a month in {@code [from, to]}; {@code from}/{@code to} are "yyyy-MM" or empty for an open end.
 * Months are compared as text: "yyyy-MM" with four-digit years sorts like the months themselves.
 */
public class MonthsOverlapFunction extends FunctionExpressionImpl {

    public static final FunctionName NAME = new FunctionNameImpl("months_overlap",
            parameter("result", Boolean.class),
            parameter("months", String.class),
            parameter("from", String.class),
            parameter("to", String.class));

    public MonthsOverlapFunction() {
        super(NAME);
    }

    @Override
    public Object evaluate(Object feature) {
        String months = getExpression(0).evaluate(feature, String.class);
        String from = getExpression(1).evaluate(feature, String.class);
        String to = getExpression(2).evaluate(feature, String.class);
        return months != null && overlaps(months, from == null ? "" : from, to == null ? "" : to);
    }

    static boolean overlaps(String months, String from, String to) {
        int length = MonthFilters.MONTH_TEXT_LENGTH;
        for (int i = 0; i + length <= months.length(); i += length + 1) {
            boolean afterStart = from.isEmpty() || compare(months, i, from) >= 0;
            boolean beforeEnd = to.isEmpty() || compare(months, i, to) <= 0;
            if (afterStart && beforeEnd) {
                return true;
            }
        }
        return false;
    }

    /** Compares the month text starting at {@code offset} with {@code month}, both "yyyy-MM". */
    private static int compare(String months, int offset, String month) {
        for (int k = 0; k < MonthFilters.MONTH_TEXT_LENGTH; k++) {
            int d = months.charAt(offset + k) - month.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }
}

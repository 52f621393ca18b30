package org.newsatlas.api.ogc;

import java.util.List;
import java.util.regex.Pattern;
import org.newsatlas.api.ApiException;

/**
 * The OGC API paging parameters {@code limit} (1 to {@value #MAX_LIMIT}, larger asks get the maximum, as OGC API -
 * Features allows; default {@value #DEFAULT_LIMIT}) and {@code offset} (0 or more, any size: past the end is an
 * empty page). Offsets are {@code long} and sums are taken in {@code long}, so no page arithmetic can overflow.
 */
public record PageParameters(long offset, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 10_000;
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    /** More digits than any long: the number is certainly beyond every page. */
    private static final int LONG_DIGITS = 18;

    public PageParameters {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }

    public static PageParameters parse(String limit, String offset) {
        return parse(limit, offset, DEFAULT_LIMIT);
    }

    /** As {@link #parse(String, String)}, with another default page size. */
    public static PageParameters parse(String limit, String offset, int defaultLimit) {
        long size = number(LIMIT, limit, defaultLimit, 1);
        long skip = number(OFFSET, offset, 0, 0);
        return new PageParameters(skip, (int) Math.min(size, MAX_LIMIT));
    }

    /** The features of this page: those from {@code offset} on, at most {@code limit}. */
    public <T> List<T> of(List<T> matched) {
        int from = (int) Math.min(offset, matched.size());
        int to = (int) Math.min(matched.size(), offset + limit);
        return matched.subList(from, to);
    }

    public boolean hasNext(int matched) {
        return offset + limit < matched;
    }

    public PageParameters next() {
        return new PageParameters(offset + limit, limit);
    }

    public PageParameters previous() {
        return new PageParameters(Math.max(0, offset - limit), limit);
    }

    private static long number(String parameter, String value, long absent, long min) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String text = value.strip();
        if (!INTEGER.matcher(text).matches()) {
            throw ApiException.badParameter(parameter, "'" + value + "' is not an integer; use a whole number, at least "
                    + min);
        }
        boolean negative = text.startsWith("-");
        String digits = text.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
        long n = digits.length() > LONG_DIGITS ? Long.MAX_VALUE / 4 : Long.parseLong(digits);
        if (negative && n > 0 || n < min) {
            throw ApiException.badParameter(parameter, "must be at least " + min + ", got " + text);
        }
        return n;
    }
}

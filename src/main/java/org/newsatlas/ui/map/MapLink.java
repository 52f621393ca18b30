package org.newsatlas.ui.map;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.layer.MonthWindow;

/**
 * What a link to the map screen asks for ({@code ?month=2021-08} or {@code 2021-06..2021-09},
 * {@code &feature=<collection>/<id>}), read into the {@link MapState} to show, and what of it cannot be shown, in
 * words for the person who followed the link. A month that is not one, a reversed range or a month outside
 * {@link SaneDates} falls back to all time; a malformed feature to no selection.
 */
public record MapLink(MapState state, List<String> problems) {

    static final String MONTH = "month";
    static final String FEATURE = "feature";
    static final String RANGE = "..";
    /** A month as the link may write it; the year may be any length or signed, to say "outside" rather than "not a month". */
    private static final Pattern MONTH_TEXT = Pattern.compile("([+-]?\\d{1,12})-(\\d{2})");
    private static final int LONGEST_QUOTE = 40;

    public MapLink {
        problems = List.copyOf(problems);
    }

    public static MapLink parse(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        List<String> problems = new ArrayList<>();
        MonthWindow window = MonthWindow.ALL_TIME;
        Optional<String> month = first(values, MONTH);
        if (month.isPresent()) {
            try {
                window = window(month.get());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage() + " Showing all time instead.");
            }
        }
        FeatureRef feature = null;
        Optional<String> featureText = first(values, FEATURE);
        if (featureText.isPresent()) {
            feature = FeatureRef.parse(featureText.get()).orElse(null);
            if (feature == null) {
                problems.add("The link's feature " + quote(featureText.get()) + " is not a feature like "
                        + "capitals/gn:1221874.");
            }
        }
        return new MapLink(new MapState(window, feature), problems);
    }

    /**
     * The window a link's month text names: "2021-08" or "2021-06..2021-09", within {@link SaneDates}; blank is all
     * time. Anything else is an {@link IllegalArgumentException} whose message says why, in a sentence.
     */
    static MonthWindow window(String value) {
        if (value.isBlank()) {
            return MonthWindow.ALL_TIME;
        }
        int range = value.indexOf(RANGE);
        if (range < 0) {
            return MonthWindow.of(month(value, value));
        }
        YearMonth from = month(value.substring(0, range), value);
        YearMonth to = month(value.substring(range + RANGE.length()), value);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The link's range " + quote(value) + " ends before it starts.");
        }
        return MonthWindow.between(from, to);
    }

    private static YearMonth month(String text, String whole) {
        Matcher m = MONTH_TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw notAMonth(whole);
        }
        long year = Long.parseLong(m.group(1));
        int monthOfYear = Integer.parseInt(m.group(2));
        if (monthOfYear < 1 || monthOfYear > 12) {
            throw notAMonth(whole);
        }
        if (!SaneDates.containsYear(year)) {
            throw new IllegalArgumentException("The map shows months from January " + SaneDates.FIRST_YEAR
                    + " to December " + SaneDates.LAST_YEAR + "; the link's " + quote(whole) + " is outside.");
        }
        return YearMonth.of((int) year, monthOfYear);
    }

    private static IllegalArgumentException notAMonth(String value) {
        return new IllegalArgumentException("The link's month " + quote(value) + " is not a month like 2021-08 or a "
                + "range like 2021-06..2021-09.");
    }

    /** The user's text in quotes, cut short: it is shown back to them, never trusted. */
    private static String quote(String text) {
        String shown = text.codePointCount(0, text.length()) > LONGEST_QUOTE
                ? text.substring(0, text.offsetByCodePoints(0, LONGEST_QUOTE)) + "…" : text;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }

    private static Optional<String> first(Map<String, List<String>> values, String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }
}

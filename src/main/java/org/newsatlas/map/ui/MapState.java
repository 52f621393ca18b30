package org.newsatlas.map.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.layer.MonthWindow;

/**
 * What the map screen shows, as it lives in the URL: {@code ?month=2021-08} (or {@code 2021-06..2021-09}) and
 * {@code &feature=<collection>/<id>}. Unreadable values fall back to "all time" / no selection.
 */
public record MapState(MonthWindow window, FeatureRef feature) {

    public static final MapState DEFAULT = new MapState(MonthWindow.ALL_TIME, null);
    private static final String MONTH = "month";
    private static final String FEATURE = "feature";
    private static final String RANGE = "..";

    public static MapState from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        MonthWindow window = first(values, MONTH).flatMap(MapState::parseWindow).orElse(MonthWindow.ALL_TIME);
        FeatureRef feature = first(values, FEATURE).flatMap(FeatureRef::parse).orElse(null);
        return new MapState(window, feature);
    }

    /**
     * The query string, "month=2021-08&feature=capitals/gn:1221874" (empty for the default view), unescaped:
     * months are digits and dots, feature refs are checked by {@link FeatureRef}. The browser shows it escaped.
     */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (window.from() != null && window.to() != null) {
            parts.add(MONTH + "=" + formatWindow(window));
        }
        if (feature != null) {
            parts.add(FEATURE + "=" + feature);
        }
        return String.join("&", parts);
    }

    public MapState withWindow(MonthWindow newWindow) {
        return new MapState(newWindow, feature);
    }

    public MapState withFeature(FeatureRef newFeature) {
        return new MapState(window, newFeature);
    }

    static Optional<MonthWindow> parseWindow(String value) {
        try {
            int range = value.indexOf(RANGE);
            if (range < 0) {
                return Optional.of(MonthWindow.of(YearMonth.parse(value)));
            }
            YearMonth from = YearMonth.parse(value.substring(0, range));
            YearMonth to = YearMonth.parse(value.substring(range + RANGE.length()));
            return from.isAfter(to) ? Optional.empty() : Optional.of(MonthWindow.between(from, to));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String formatWindow(MonthWindow window) {
        return window.from().equals(window.to()) ? window.from().toString() : window.from() + RANGE + window.to();
    }

    private static Optional<String> first(Map<String, List<String>> values, String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }
}

package org.newsatlas.ui.map;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.layer.MonthWindow;

/**
 * What the map screen shows, as it lives in the URL: {@code ?month=2021-08} (or {@code 2021-06..2021-09}) and
 * {@code &feature=<collection>/<id>}. Unreadable values fall back to "all time" / no selection ({@link MapLink}).
 */
public record MapState(MonthWindow window, FeatureRef feature) {

    public static final MapState DEFAULT = new MapState(MonthWindow.ALL_TIME, null);
    private static final String MONTH = MapLink.MONTH;
    private static final String FEATURE = MapLink.FEATURE;

    /** The state a link asks for; what cannot be shown falls back (see {@link MapLink} for why, in words). */
    public static MapState from(QueryParameters parameters) {
        return MapLink.parse(parameters).state();
    }

    /**
     * The query string, "month=2021-08&feature=capitals/gn:1221874" (empty for the default view), unescaped:
     * months are digits and dots, feature refs are checked by {@link FeatureRef}. The browser shows it escaped.
     */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (window.isClosed()) {
            parts.add(MONTH + "=" + window.format());
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
}

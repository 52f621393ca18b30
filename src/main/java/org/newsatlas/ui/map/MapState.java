package org.newsatlas.ui.map;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.MonthWindow;

/**
 * What the map screen shows, as it lives in the URL: {@code ?month=2021-08} (or {@code 2021-06..2021-09}),
 * {@code &feature=<collection>/<id>}, {@code &at=<lat>,<lng>,<zoom>} (the map's centre and zoom),
 * {@code &layers=<id>,<id>} (the layers switched on, written only when some are off), {@code &tab=list} (the
 * side panel's list; its passages by default) and {@code &lowconfidence=hide} (places whose mentions are more
 * likely wrong than right left off the map and the list; shown, marked, by default). Unreadable values fall back to "all time" / no selection / the map's
 * own first view / every layer / the passages ({@link MapLink}).
 *
 * @param viewport where the map looks, or null: wherever it fits the data (or the selected feature)
 * @param hidden   ids of the layers switched off
 * @param hideLowConfidence places of low confidence ({@link org.newsatlas.layer.FeatureSummary#isLowConfidence})
 *                          are left off
 */
public record MapState(MonthWindow window, FeatureRef feature, MapViewport viewport, Set<String> hidden, Tab tab,
                       boolean hideLowConfidence) {

    public static final MapState DEFAULT = new MapState(MonthWindow.ALL_TIME, null);

    /** The side panel's tabs, in their order. */
    public enum Tab {
        PASSAGES, LIST;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public MapState {
        hidden = Set.copyOf(new TreeSet<>(hidden));
    }

    public MapState(MonthWindow window, FeatureRef feature) {
        this(window, feature, null, Set.of(), Tab.PASSAGES, false);
    }

    public MapState(MonthWindow window, FeatureRef feature, MapViewport viewport, Set<String> hidden, Tab tab) {
        this(window, feature, viewport, hidden, tab, false);
    }

    /** The state a link asks for; what cannot be shown falls back (see {@link MapLink} for why, in words). */
    public static MapState from(QueryParameters parameters) {
        return MapLink.parse(parameters).state();
    }

    /**
     * The query string, "month=2021-08&feature=capitals/gn:1221874&at=38.5,68.8,6&layers=capitals,borders&tab=list"
     * (empty for the default view), unescaped: months are digits and dots, feature refs are checked by
     * {@link FeatureRef}, the rest are numbers and layer ids. The browser shows it escaped.
     */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        if (window.isClosed()) {
            parts.add(MapLink.MONTH + "=" + window.format());
        }
        if (feature != null) {
            parts.add(MapLink.FEATURE + "=" + feature);
        }
        if (viewport != null) {
            parts.add(MapLink.AT + "=" + viewport.format());
        }
        if (!hidden.isEmpty()) {
            parts.add(MapLink.LAYERS + "=" + String.join(",", Arrays.stream(LayerName.values()).map(LayerName::id)
                    .filter(id -> !hidden.contains(id)).toList()));
        }
        if (tab != Tab.PASSAGES) {
            parts.add(MapLink.TAB + "=" + tab.id());
        }
        if (hideLowConfidence) {
            parts.add(MapLink.LOW_CONFIDENCE + "=" + MapLink.HIDE);
        }
        return String.join("&", parts);
    }

    public MapState withWindow(MonthWindow newWindow) {
        return new MapState(newWindow, feature, viewport, hidden, tab, hideLowConfidence);
    }

    /** Another feature, read in the passages tab. */
    public MapState withFeature(FeatureRef newFeature) {
        return new MapState(window, newFeature, viewport, hidden, Tab.PASSAGES, hideLowConfidence);
    }

    public MapState withViewport(MapViewport newViewport) {
        return new MapState(window, feature, newViewport, hidden, tab, hideLowConfidence);
    }

    public MapState withHidden(Set<String> newHidden) {
        return new MapState(window, feature, viewport, newHidden, tab, hideLowConfidence);
    }

    public MapState withTab(Tab newTab) {
        return new MapState(window, feature, viewport, hidden, newTab, hideLowConfidence);
    }

    public MapState withHideLowConfidence(boolean hide) {
        return new MapState(window, feature, viewport, hidden, tab, hide);
    }
}

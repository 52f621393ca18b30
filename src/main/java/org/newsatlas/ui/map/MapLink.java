package org.newsatlas.ui.map;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.article.PlacePoint;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.MonthWindow;

/**
 * What a link to the map screen asks for ({@code ?month=2021-08} or {@code 2021-06..2021-09},
 * {@code &feature=<collection>/<id>&at=<lat>,<lng>,<zoom>&layers=<id>,...&tab=list&lowconfidence=hide}, or
 * {@code bbox=} to fit the map to a box once), read into the {@link MapState}
 * to show, and what of it cannot be shown, in words for the person who followed the link. A month that is not one, a
 * reversed range or a month outside {@link SaneDates} falls back to all time; a malformed feature to no selection; a
 * bad centre or zoom to the map's own first view; unknown layers are left out and an unknown tab is the passages.
 */
public record MapLink(MapState state, Envelope fit, List<String> problems) {

    static final String MONTH = "month";
    static final String FEATURE = "feature";
    static final String AT = "at";
    static final String LAYERS = "layers";
    static final String TAB = "tab";
    static final String LOW_CONFIDENCE = "lowconfidence";
    static final String HIDE = "hide";
    /** {@code ?article=12}: the map at the place article 12 mentions most (the import results link there). */
    public static final String ARTICLE = "article";
    /**
     * {@code ?bbox=west,south,east,north}: the map fitted to this box (lon/lat degrees) once, when the link is
     * opened; the address then holds the view it came to ({@code at=}). A link's {@code at=} wins over it.
     */
    static final String BBOX = "bbox";
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
        MapViewport viewport = null;
        Optional<String> at = first(values, AT);
        if (at.isPresent()) {
            viewport = MapViewport.parse(at.get()).orElse(null);
            if (viewport == null) {
                problems.add("The link's map view " + quote(at.get()) + " is not a centre and zoom like 38.02,106.08,6"
                        + " (zoom " + MapViewport.MIN_ZOOM + " to " + MapViewport.MAX_ZOOM + ").");
            }
        }
        Set<String> hidden = new HashSet<>();
        Optional<String> layers = first(values, LAYERS);
        if (layers.isPresent()) {
            Set<String> shown = new HashSet<>(Arrays.asList(layers.get().split(",")));
            Arrays.stream(LayerName.values()).map(LayerName::id).filter(id -> !shown.remove(id)).forEach(hidden::add);
            shown.remove("");
            if (!shown.isEmpty()) {
                problems.add("The map has no layer " + quote(String.join(",", new TreeSet<>(shown))) + ".");
            }
        }
        Envelope fit = null;
        Optional<String> bbox = first(values, BBOX);
        if (bbox.isPresent() && viewport == null) {
            fit = box(bbox.get()).orElse(null);
            if (fit == null) {
                problems.add("The link's map box " + quote(bbox.get()) + " is not west,south,east,north in degrees "
                        + "like 60,29,75,39.");
            }
        }
        MapState.Tab tab = first(values, TAB).filter(t -> t.equals(MapState.Tab.LIST.id()))
                .map(t -> MapState.Tab.LIST).orElse(MapState.Tab.PASSAGES);
        boolean hideLowConfidence = false;
        Optional<String> lowConfidence = first(values, LOW_CONFIDENCE);
        if (lowConfidence.isPresent()) {
            hideLowConfidence = lowConfidence.get().equals(HIDE);
            if (!hideLowConfidence && !lowConfidence.get().equals("show")) {
                problems.add("The link's " + LOW_CONFIDENCE + "=" + quote(lowConfidence.get()) + " is neither hide nor"
                        + " show: low-confidence places are shown, marked.");
            }
        }
        return new MapLink(new MapState(window, feature, viewport, hidden, tab, hideLowConfidence), fit, problems);
    }

    /**
     * The link that fits the map to where these places are (a batch of new articles, weighed by passages; see
     * {@link DataExtent#ofPlaces}); empty when none of them is on the map.
     */
    public static Optional<QueryParameters> fitting(List<PlacePoint> places) {
        return DataExtent.ofPlaces(places).map(box -> QueryParameters.simple(Map.of(BBOX,
                String.join(",", MapViewport.plain(box.getMinX()), MapViewport.plain(box.getMinY()),
                        MapViewport.plain(box.getMaxX()), MapViewport.plain(box.getMaxY())))));
    }

    /** West, south, east, north within the world, west before east and south before north; else empty. */
    private static Optional<Envelope> box(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        double[] n = new double[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i].strip();
            if (!part.matches("[+-]?\\d{1,3}(\\.\\d{1,8})?")) {
                return Optional.empty();
            }
            n[i] = Double.parseDouble(part);
        }
        if (n[0] < -180 || n[2] > 180 || n[1] < -90 || n[3] > 90 || n[0] >= n[2] || n[1] >= n[3]) {
            return Optional.empty();
        }
        return Optional.of(new Envelope(n[0], n[2], n[1], n[3]));
    }


    /**
     * The window a link's month text names ({@link MonthWindow#parse}: "2021-08" or "2021-06..2021-09"), closed and
     * within {@link SaneDates}; blank is all time. Anything else is an {@link IllegalArgumentException} whose message
     * says why, in a sentence.
     */
    static MonthWindow window(String value) {
        try {
            return MonthWindow.parse(value, SaneDates::containsYear, false);
        } catch (MonthWindow.BadText e) {
            throw new IllegalArgumentException(switch (e.problem()) {
                case NOT_A_MONTH -> "The link's month " + quote(value) + " is not a month like 2021-08 or a "
                        + "range like 2021-06" + MonthWindow.RANGE + "2021-09.";
                case OUTSIDE -> "The map shows months from January " + SaneDates.FIRST_YEAR + " to December "
                        + SaneDates.LAST_YEAR + "; the link's " + quote(value) + " is outside.";
                case REVERSED -> "The link's range " + quote(value) + " ends before it starts.";
            }, e);
        }
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

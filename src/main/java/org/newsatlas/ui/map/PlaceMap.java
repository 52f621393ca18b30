package org.newsatlas.ui.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BaseJsonNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.basemap.BaseMap;
import org.newsatlas.basemap.BaseMapLayer;
import org.newsatlas.layer.FeatureSummary;

/**
 * A Leaflet map (npm Leaflet, bound by {@code frontend/place-map.js}). The server only sends what to draw, as
 * element properties holding JSON values: URLs of static base-map files, of the cached layer shapes and of the
 * window's features with their counts (a document shared by every session), the legend's counts and the view.
 * Neither features nor geometry travel inside Vaadin's page data.
 * <p>
 * Which overlays are switched on is kept here: the layer control reports each switch ({@link OverlayToggleEvent}),
 * and the next {@link #setOverlays} (a month change) sends a switched-off overlay switched off again.
 */
@Tag("na-place-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@JsModule("./place-map.js")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("leaflet.markercluster/dist/MarkerCluster.css")
public class PlaceMap extends Component implements HasSize {

    private final ObjectMapper json;

    /** Ids of the overlays the user switched off in the layer control. */
    private final Set<String> switchedOff = new HashSet<>();
    private List<MapOverlay> overlays = List.of();
    private boolean hideLowConfidence;
    private int viewportsSent;

    /** @param json the application's mapper (Spring's bean), for the state sent to the browser */
    public PlaceMap(ObjectMapper json) {
        this.json = json;
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-label", "Map");
        addOverlayToggleListener(this::toggled);
    }

    /** Where the map asks for the base map's names of a view ({@code ?bbox=...&zoom=...}); none: no names. */
    public void setLabelsUrl(String url) {
        getElement().setAttribute("labels-url", url);
    }

    public void setBaseMap(List<BaseMapLayer> layers) {
        setJson("basemap", layers.stream().map(ClientLayer::of).toList());
    }

    /** Fits the view to an envelope in lon/lat (JTS x = longitude). */
    public void fitBounds(Envelope lonLat) {
        double[][] latLng = {
            {lonLat.getMinY(), lonLat.getMinX()},
            {lonLat.getMaxY(), lonLat.getMaxX()}
        };
        setJson("bounds", latLng);
    }

    /** An XYZ tile layer over the offline base map; blank: none. */
    public void setTiles(String urlTemplate, String attribution) {
        boolean none = urlTemplate == null || urlTemplate.isBlank();
        setJson("tiles", new ClientTiles(none ? null : urlTemplate, attribution == null ? "" : attribution));
    }

    /**
     * The data layers to draw; the browser draws them in place of what it showed before. An overlay the user
     * switched off stays off.
     */
    public void setOverlays(List<MapOverlay> overlays) {
        this.overlays = List.copyOf(overlays);
        sendOverlays();
    }

    /** Whether the overlay with this id is switched on (in the layer control); unknown ids are off. */
    public boolean isOverlayVisible(String id) {
        return overlays.stream().anyMatch(o -> o.id().equals(id)) && !switchedOff.contains(id);
    }

    /**
     * Moves the map to this centre and zoom (a link's or history's); null leaves the map where it is, or for a new
     * map, fits it to the data or the selected feature. Sent again even when equal to the last one sent: the map
     * may have moved since.
     */
    public void setViewport(MapViewport viewport) {
        viewportsSent += 1;
        setJson("view", viewport == null ? new ClientView(null, null, null, viewportsSent)
                : new ClientView(viewport.lat(), viewport.lng(), viewport.zoom(), viewportsSent));
    }

    /** Switches these overlays off and the others on (a link's layers). */
    public void setHiddenOverlays(Set<String> ids) {
        switchedOff.clear();
        switchedOff.addAll(ids);
        sendOverlays();
    }

    /**
     * Leaves places of low confidence off the map (true) or shows them marked (false); the legend's switch for it
     * reports a {@link LowConfidenceToggleEvent}.
     */
    public void setLowConfidenceHidden(boolean hidden) {
        if (hidden != hideLowConfidence) {
            hideLowConfidence = hidden;
            sendOverlays();
        }
    }

    public boolean isLowConfidenceHidden() {
        return hideLowConfidence;
    }

    /** The person switched low-confidence places off or on in the legend. */
    public Registration addLowConfidenceToggleListener(ComponentEventListener<LowConfidenceToggleEvent> listener) {
        return addListener(LowConfidenceToggleEvent.class, listener);
    }

    /** Ids of the overlays switched off (the map's own or a link's). */
    public Set<String> hiddenOverlays() {
        return Set.copyOf(switchedOff);
    }

    /** Highlights a feature, and with {@code fly} moves the map to it; null clears the highlight. */
    public void select(FeatureRef feature, boolean fly) {
        setJson("selected", feature == null ? ClientSelection.NONE
                : new ClientSelection(feature.collection(), feature.featureId(), fly));
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    /** The map moved (a person or a fit), with its centre and zoom; moves to something that is not a view are left out. */
    public Registration addViewportChangeListener(ComponentEventListener<ViewportChangeEvent> listener) {
        return addListener(ViewportChangeEvent.class, listener);
    }

    /** The user switched an overlay on or off in the layer control (ids of overlays on the map only). */
    public Registration addOverlayToggleListener(ComponentEventListener<OverlayToggleEvent> listener) {
        return addListener(OverlayToggleEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!event.isInitialAttach()) {
            sendOverlays(); // the browser builds a new map: with the switches as they are now
        }
    }

    private void toggled(OverlayToggleEvent event) {
        String id = event.getOverlayId();
        if (overlays.stream().noneMatch(o -> o.id().equals(id))) {
            return; // not an overlay this map drew: ignore
        }
        if (event.isVisible()) {
            switchedOff.remove(id);
        } else {
            switchedOff.add(id);
        }
    }

    private void sendOverlays() {
        setJson("overlays", overlays.stream()
                .map(o -> ClientOverlay.of(o, !switchedOff.contains(o.id()), hideLowConfidence)).toList());
    }

    /** Never null at the top level: Flow 24.9 sends a top-level JSON null as the string "null". */
    private void setJson(String property, Object value) {
        BaseJsonNode node = json.valueToTree(value);
        getElement().setPropertyJson(property, node);
    }

    /**
     * {@code data}: the URL of the window's features, the overlay's rows under its id. {@code lowBelow}: for layers
     * of places, the mean confidence under which a place is marked as low (null for others); {@code low}: how many
     * such places the layer has, {@code hideLow}: they are left off. {@code view}: for a layer too big to send
     * whole, where its features in the map's view are asked for (its rows are not in the document).
     */
    private record ClientOverlay(String id, String label, String symbol, String shapes, String data, long count,
                                 boolean visible, Double lowBelow, long low, boolean hideLow, String view) {
        static ClientOverlay of(MapOverlay o, boolean visible, boolean hideLow) {
            return new ClientOverlay(o.id(), o.label(), o.symbol().clientName(), o.shapesUrl(), o.featuresUrl(),
                    o.count(), visible, o.places() ? FeatureSummary.LOW_CONFIDENCE : null, o.lowConfidenceCount(),
                    hideLow, o.viewUrl());
        }
    }

    /** No selection: collection and id null. */
    private record ClientSelection(String collection, String id, boolean fly) {
        static final ClientSelection NONE = new ClientSelection(null, null, false);
    }

    /** No view: lat, lng and zoom null. {@code seq} makes each value new. */
    private record ClientView(Double lat, Double lng, Integer zoom, int seq) {
    }

    /** No tiles: url null. */
    private record ClientTiles(String url, String attribution) {
    }

    /** A click (or Enter) on a feature: ids only, checked by {@link FeatureRef}. */
    @DomEvent("feature-click")
    public static class FeatureClickEvent extends ComponentEvent<PlaceMap> {
        private final Optional<FeatureRef> feature;

        public FeatureClickEvent(PlaceMap source, boolean fromClient,
                                 @EventData("event.detail.collection") String collection,
                                 @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.feature = FeatureRef.of(collection, id);
        }

        public Optional<FeatureRef> getFeature() {
            return feature;
        }
    }

    /** The map's centre and zoom after a move, as the browser reports them (checked by {@link MapViewport}). */
    @DomEvent("view-change")
    public static class ViewportChangeEvent extends ComponentEvent<PlaceMap> {
        private final Optional<MapViewport> viewport;

        public ViewportChangeEvent(PlaceMap source, boolean fromClient,
                                   @EventData("event.detail.lat") double lat,
                                   @EventData("event.detail.lng") double lng,
                                   @EventData("event.detail.zoom") double zoom) {
            super(source, fromClient);
            this.viewport = MapViewport.of(lat, lng, zoom);
        }

        public Optional<MapViewport> getViewport() {
            return viewport;
        }
    }

    /** The legend's switch for places of low confidence: whether they are now left off the map. */
    @DomEvent("low-confidence-toggle")
    public static class LowConfidenceToggleEvent extends ComponentEvent<PlaceMap> {
        private final boolean hidden;

        public LowConfidenceToggleEvent(PlaceMap source, boolean fromClient,
                                        @EventData("event.detail.hidden") boolean hidden) {
            super(source, fromClient);
            this.hidden = hidden;
        }

        public boolean isHidden() {
            return hidden;
        }
    }

    /** An overlay switched on or off in the layer control: its id (unchecked) and whether it is now on. */
    @DomEvent("overlay-toggle")
    public static class OverlayToggleEvent extends ComponentEvent<PlaceMap> {
        private final String overlayId;
        private final boolean visible;

        public OverlayToggleEvent(PlaceMap source, boolean fromClient,
                                  @EventData("event.detail.id") String overlayId,
                                  @EventData("event.detail.visible") boolean visible) {
            super(source, fromClient);
            this.overlayId = overlayId;
            this.visible = visible;
        }

        public String getOverlayId() {
            return overlayId;
        }

        public boolean isVisible() {
            return visible;
        }
    }

    /** {@code url}: the detailed file, drawn from zoom {@code detailZoom} on; below it, {@code overview}. */
    private record ClientLayer(String id, String url, String overview, int detailZoom, String kind, String label) {
        static ClientLayer of(BaseMapLayer layer) {
            return new ClientLayer(layer.id(), layer.url(), layer.overviewUrl(), BaseMap.DETAIL_ZOOM,
                    layer.kind().clientName(), layer.label());
        }
    }
}

package org.newsatlas.ui.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.basemap.BaseMap;
import org.newsatlas.basemap.BaseMapLayer;

/**
 * A Leaflet map (npm Leaflet, bound by {@code frontend/place-map.js}). The server only sends what to draw: URLs
 * of static base-map files and of the cached layer shapes, the view, and per month the features on the map
 * with their counts (points with their coordinates). Lines and polygons never travel inside Vaadin's page data.
 */
@Tag("na-place-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@JsModule("./place-map.js")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("leaflet.markercluster/dist/MarkerCluster.css")
public class PlaceMap extends Component implements HasSize {

    private final ObjectMapper json;

    /** @param json the application's mapper (Spring's bean), for the state sent to the browser */
    public PlaceMap(ObjectMapper json) {
        this.json = json;
        getElement().setAttribute("role", "application");
        getElement().setAttribute("aria-label", "Map");
    }

    public void setBaseMap(List<BaseMapLayer> layers) {
        getElement().setAttribute("basemap", toJson(layers.stream().map(ClientLayer::of).toList()));
    }

    /** Fits the view to an envelope in lon/lat (JTS x = longitude). */
    public void fitBounds(Envelope lonLat) {
        double[][] latLng = {
            {lonLat.getMinY(), lonLat.getMinX()},
            {lonLat.getMaxY(), lonLat.getMaxX()}
        };
        getElement().setAttribute("bounds", toJson(latLng));
    }

    /** An XYZ tile layer over the offline base map; blank: none. */
    public void setTiles(String urlTemplate, String attribution) {
        if (urlTemplate == null || urlTemplate.isBlank()) {
            getElement().removeAttribute("tiles");
        } else {
            getElement().setAttribute("tiles", toJson(new ClientTiles(urlTemplate, attribution == null ? "" : attribution)));
        }
    }

    /** The data layers to draw; the browser fetches each URL and replaces what it showed before. */
    public void setOverlays(List<MapOverlay> overlays) {
        getElement().setAttribute("overlays", toJson(overlays.stream().map(ClientOverlay::of).toList()));
    }

    /** Highlights a feature, and with {@code fly} moves the map to it; null clears the highlight. */
    public void select(FeatureRef feature, boolean fly) {
        if (feature == null) {
            getElement().removeAttribute("selected");
        } else {
            getElement().setAttribute("selected",
                    toJson(new ClientSelection(feature.collection(), feature.featureId(), fly)));
        }
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise map settings", e);
        }
    }

    /** {@code features}: [id, name, passages] and, for points, latitude and longitude. */
    private record ClientOverlay(String id, String label, String symbol, String shapes, List<List<Object>> features,
                                 long count, boolean visible) {
        static ClientOverlay of(MapOverlay o) {
            List<List<Object>> features = o.features().stream().map(f -> o.shapesUrl() != null || Double.isNaN(f.lat())
                    ? List.<Object>of(f.id(), f.name(), f.passageCount())
                    : List.<Object>of(f.id(), f.name(), f.passageCount(), round(f.lat()), round(f.lon()))).toList();
            return new ClientOverlay(o.id(), o.label(), o.symbol().clientName(), o.shapesUrl(), features, o.count(),
                    o.visible());
        }

        private static double round(double degrees) {
            return Math.round(degrees * 100_000) / 100_000.0;
        }
    }

    private record ClientSelection(String collection, String id, boolean fly) {
    }

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

    /** {@code url}: the detailed file, drawn from zoom {@code detailZoom} on; below it, {@code overview}. */
    private record ClientLayer(String id, String url, String overview, int detailZoom, String kind, String label) {
        static ClientLayer of(BaseMapLayer layer) {
            return new ClientLayer(layer.id(), layer.url(), layer.overviewUrl(), BaseMap.DETAIL_ZOOM,
                    layer.kind().clientName(), layer.label());
        }
    }
}

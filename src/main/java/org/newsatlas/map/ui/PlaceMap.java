package org.newsatlas.map.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.layer.BaseMapLayer;

/**
 * A Leaflet map (npm Leaflet, bound by {@code frontend/place-map.js}). The server only sends what to draw:
 * URLs of static base-map files and the view; geometry never travels inside Vaadin's page data.
 */
@Tag("na-place-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./place-map.js")
@CssImport("leaflet/dist/leaflet.css")
public class PlaceMap extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    public PlaceMap() {
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

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise map settings", e);
        }
    }

    private record ClientLayer(String id, String url, String kind, String label) {
        static ClientLayer of(BaseMapLayer layer) {
            return new ClientLayer(layer.id(), layer.url(), layer.kind().clientName(), layer.label());
        }
    }
}

package org.newsatlas.ui.map;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Map settings ({@code newsatlas.map.*}).
 *
 * @param initialView     west, south, east, north in degrees (lon/lat): the view a new visitor sees
 * @param tileUrl         an XYZ tile URL template ("https://.../{z}/{x}/{y}.png") drawn over the offline base map;
 *                        empty (the default): no tiles, the app needs no internet
 * @param tileAttribution the attribution the tile provider requires
 */
@ConfigurationProperties("newsatlas.map")
public record MapProperties(List<Double> initialView, String tileUrl, String tileAttribution) {

    public MapProperties {
        if (initialView == null || initialView.size() != 4) {
            throw new IllegalArgumentException(
                    "newsatlas.map.initial-view must be four numbers: west,south,east,north (degrees)");
        }
        initialView = List.copyOf(initialView);
    }

    public Envelope initialEnvelope() {
        return new Envelope(initialView.get(0), initialView.get(2), initialView.get(1), initialView.get(3));
    }
}

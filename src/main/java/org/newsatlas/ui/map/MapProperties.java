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
 * @param passagesPerPage passages the side panel shows at first and adds per "Show more" (default 50)
 */
@ConfigurationProperties("newsatlas.map")
public record MapProperties(List<Double> initialView, String tileUrl, String tileAttribution,
                            Integer passagesPerPage) {

    public static final int DEFAULT_PASSAGES_PER_PAGE = 50;

    public MapProperties {
        if (initialView == null || initialView.size() != 4) {
            throw new IllegalArgumentException(
                    "newsatlas.map.initial-view must be four numbers: west,south,east,north (degrees)");
        }
        initialView = List.copyOf(initialView);
        if (passagesPerPage == null) {
            passagesPerPage = DEFAULT_PASSAGES_PER_PAGE;
        }
        if (passagesPerPage < 1 || passagesPerPage > 1000) {
            throw new IllegalArgumentException("newsatlas.map.passages-per-page must be 1 to 1000");
        }
    }

    public Envelope initialEnvelope() {
        return new Envelope(initialView.get(0), initialView.get(2), initialView.get(1), initialView.get(3));
    }
}

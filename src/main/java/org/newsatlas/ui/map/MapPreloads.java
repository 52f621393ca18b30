package org.newsatlas.ui.map;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.newsatlas.basemap.BaseMap;
import org.newsatlas.basemap.BaseMapLayer;
import org.newsatlas.layer.LayerName;
import org.newsatlas.basemap.LayerShapes;
import org.springframework.stereotype.Component;

/**
 * The map page's static geometry (base map, layer shapes) starts downloading with the page itself, while the
 * browser still parses the frontend bundle and the server builds the view: {@code <link rel=preload as=fetch>}
 * in the head, for the same URLs {@code place-map.js} fetches later.
 */
@Component
class MapPreloads implements VaadinServiceInitListener {

    private final List<String> urls = new ArrayList<>();

    MapPreloads(BaseMap baseMap, LayerShapes shapes) {
        baseMap.layers().stream().map(BaseMapLayer::overviewUrl).forEach(urls::add); // the opening zooms draw these
        for (LayerName name : LayerName.values()) {
            shapes.of(name).ifPresent(s -> urls.add(s.url()));
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addPreloads);
    }

    private void addPreloads(IndexHtmlResponse response) {
        String path = response.getVaadinRequest().getPathInfo();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            return; // only the map screen draws a map
        }
        Element head = response.getDocument().head();
        for (String url : urls) {
            // crossorigin="anonymous" is the credentials mode of a plain same-origin fetch(): the fetch reuses it
            head.appendElement("link").attr("rel", "preload").attr("as", "fetch").attr("crossorigin", "anonymous")
                    .attr("href", url);
        }
    }
}

package org.newsatlas.ui.map;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.vaadin.flow.router.QueryParameters;
import org.newsatlas.api.WindowFeatures;
import org.newsatlas.layer.MonthWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jsoup.nodes.Element;
import org.newsatlas.basemap.BaseMap;
import org.newsatlas.basemap.BaseMapLayer;
import org.newsatlas.layer.LayerName;
import org.newsatlas.basemap.LayerShapes;
import org.springframework.stereotype.Component;

/**
 * The map page's static geometry (base map, layer shapes) and the features of the month the address names
 * ({@link WindowFeatures}) start downloading with the page itself, while the browser still parses the frontend
 * bundle and the server builds the view: {@code <link rel=preload as=fetch>} in the head, for the same URLs
 * {@code place-map.js} fetches later.
 */
@Component
class MapPreloads implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(MapPreloads.class);

    private final List<String> urls = new ArrayList<>();
    private final WindowFeatures windowFeatures;

    MapPreloads(BaseMap baseMap, LayerShapes shapes, WindowFeatures windowFeatures) {
        this.windowFeatures = windowFeatures;
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
        List<String> all = new ArrayList<>(urls);
        windowUrl(response.getVaadinRequest().getParameterMap()).ifPresent(all::add);
        for (String url : all) {
            // crossorigin="anonymous" is the credentials mode of a plain same-origin fetch(): the fetch reuses it
            head.appendElement("link").attr("rel", "preload").attr("as", "fetch").attr("crossorigin", "anonymous")
                    .attr("href", url);
        }
    }

    /** The features document of the window the address names (the view counts the same window next). */
    private Optional<String> windowUrl(Map<String, String[]> parameters) {
        try {
            MonthWindow window = MapLink.parse(QueryParameters.full(parameters)).state().window();
            return Optional.of(windowFeatures.of(window).url());
        } catch (RuntimeException e) {
            LOG.debug("No preload of the map's features", e); // the view says what is wrong with the link
            return Optional.empty();
        }
    }
}

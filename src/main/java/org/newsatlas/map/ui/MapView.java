package org.newsatlas.map.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.CorpusStats;
import org.newsatlas.layer.BaseMap;

/** The main screen: the map of the corpus filling the window. */
@Route("")
@PageTitle("News Atlas")
public class MapView extends VerticalLayout {

    public MapView(BaseMap baseMap, MapProperties properties, ArticleService articles) {
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(header(articles));
        PlaceMap map = new PlaceMap();
        map.setBaseMap(baseMap.layers());
        map.fitBounds(properties.initialEnvelope());
        addAndExpand(map);
        map.setWidthFull();
    }

    private static Header header(ArticleService articles) {
        Header header = new Header(new H1("News Atlas"), new Span(summary(articles.stats())));
        header.addClassName("na-app-header");
        return header;
    }

    private static String summary(CorpusStats stats) {
        return "%d articles · %d passages".formatted(stats.articles(), stats.bodyPassages());
    }
}

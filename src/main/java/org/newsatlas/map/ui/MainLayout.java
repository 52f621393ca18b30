package org.newsatlas.map.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.Plural;
import org.newsatlas.article.CorpusStats;

/** The frame every page shares: the app's name, navigation (Map | Articles | + Add articles), corpus size. */
public class MainLayout extends VerticalLayout implements RouterLayout, AfterNavigationObserver {

    private final ArticleService articles;
    private final Span summary = new Span();

    public MainLayout(ArticleService articles) {
        this.articles = articles;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(header());
    }

    private Header header() {
        RouterLink map = new RouterLink("Map", MapView.class);
        RouterLink list = new RouterLink("Articles", ArticlesView.class);
        RouterLink add = new RouterLink("+ Add articles", AddArticlesView.class);
        map.setHighlightCondition((link, event) -> event.getLocation().getPath().isEmpty());
        // the default (prefix) condition would also highlight "Articles" on articles/add
        list.setHighlightCondition(HighlightConditions.sameLocation());
        add.setHighlightCondition(HighlightConditions.sameLocation());
        Nav nav = new Nav(map, list, add);
        nav.addClassName("na-app-nav");
        summary.addClassName("na-app-summary");
        Header header = new Header(new H1("News Atlas"), nav, summary);
        header.addClassName("na-app-header");
        header.setWidthFull(); // the layout aligns children to the start: without it the header hugs its content
        return header;
    }

    /** The page fills the height under the header. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (content != null) {
            content.getElement().getStyle().set("flex", "1 1 0").set("min-height", "0").set("width", "100%");
            getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        CorpusStats stats = articles.stats();
        summary.setText(Plural.of(stats.articles(), "article") + " · " + Plural.of(stats.bodyPassages(), "passage"));
    }
}

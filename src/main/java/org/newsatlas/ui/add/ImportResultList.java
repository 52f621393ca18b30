package org.newsatlas.ui.add;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.Plural;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.ui.CorpusChanged;
import org.newsatlas.ui.map.MapLink;
import org.newsatlas.ui.map.MapView;

/**
 * One line per processed file: imported, duplicate or failed, with its one-line detail and, for an article on the
 * map, "Show on map" (the map opened at the place it mentions most); newest last. Above them, once an article is
 * imported, "Show the 12 new articles on the map" fits the map to where all of them are. Its "Results"
 * heading shows once there is a result (an empty section only raises the question of what is missing).
 */
public class ImportResultList extends Composite<Div> {

    private final H2 heading = new H2("Results");
    private final ArticleService articles;
    /** The articles imported on this page so far, in order: the batch "Show on map" fits the map to them. */
    private final Set<Long> imported = new LinkedHashSet<>();
    private final Button showAll = new Button();
    private final Span noPlaces = new Span();

    public ImportResultList(ArticleService articles) {
        this.articles = articles;
        getContent().addClassName("na-import-results");
        heading.setVisible(false);
        showAll.addClassName("na-import-show-all");
        showAll.setIcon(VaadinIcon.MAP_MARKER.create());
        showAll.setVisible(false);
        showAll.addClickListener(e -> showAllOnMap());
        noPlaces.addClassName("na-import-no-places");
        noPlaces.getElement().setAttribute("role", "status");
        noPlaces.setVisible(false);
        Div actions = new Div(showAll, noPlaces);
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center")
                .set("flex-wrap", "wrap");
        getContent().add(heading, actions);
    }

    /** The map fitted to the places of every article imported here (their body passages' places, weighed). */
    private void showAllOnMap() {
        Optional<QueryParameters> link = MapLink.fitting(articles.placesOf(imported));
        if (link.isPresent()) {
            UI.getCurrent().navigate(MapView.class, link.get());
        } else {
            noPlaces.setText(imported.size() == 1 ? "The new article names no place on the map."
                    : "None of the " + imported.size() + " new articles names a place on the map.");
            noPlaces.setVisible(true);
        }
    }

    public void add(FileOutcome outcome) {
        String result = outcome.result().name().toLowerCase(Locale.ROOT);
        Span status = new Span(result);
        status.addClassName("na-import-status");
        status.getElement().getThemeList().add("badge " + switch (outcome.result()) {
            case IMPORTED -> "success";
            case DUPLICATE -> "contrast";
            case FAILED -> "error";
        });
        String notes = outcome.warnings().isEmpty() ? "" : " (" + String.join("; ", outcome.warnings()) + ")";
        Span detail = new Span(outcome.source() + ": " + outcome.message() + notes);
        Div row = new Div(status, detail);
        if (outcome.articleId() != null && outcome.result() != FileOutcome.Result.FAILED) {
            RouterLink map = new RouterLink("Show on map", MapView.class);
            map.setQueryParameters(QueryParameters.simple(Map.of(MapLink.ARTICLE, outcome.articleId().toString())));
            map.addClassName("na-import-show");
            map.getStyle().set("white-space", "nowrap");
            map.getElement().setAttribute("aria-label", "Show on map: " + outcome.source());
            row.add(map);
        }
        row.addClassNames("na-import-result", "na-import-" + result);
        getContent().add(row);
        heading.setVisible(true);
        if (outcome.result() == FileOutcome.Result.IMPORTED) {
            if (outcome.articleId() != null && imported.add(outcome.articleId())) {
                showAll.setText("Show the " + (imported.size() == 1 ? "new article"
                        : Plural.of(imported.size(), "new article")) + " on the map");
                showAll.setVisible(true);
                noPlaces.setVisible(false);
            }
            CorpusChanged.fire(this);
        }
    }
}

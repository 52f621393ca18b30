package org.newsatlas.ui.add;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import java.util.Map;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.ui.CorpusChanged;
import org.newsatlas.ui.map.MapLink;
import org.newsatlas.ui.map.MapView;

/**
 * One line per processed file: imported, duplicate or failed, with its one-line detail and, for an article on the
 * map, "Show on map" (the map opened at the place it mentions most); newest last. Its "Results"
 * heading shows once there is a result (an empty section only raises the question of what is missing).
 */
public class ImportResultList extends Composite<Div> {

    private final H2 heading = new H2("Results");

    public ImportResultList() {
        getContent().addClassName("na-import-results");
        heading.setVisible(false);
        getContent().add(heading);
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
            CorpusChanged.fire(this);
        }
    }
}

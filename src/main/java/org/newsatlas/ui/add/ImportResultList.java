package org.newsatlas.ui.add;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.ui.CorpusChanged;

/**
 * One line per processed file: imported, duplicate or failed, with its one-line detail; newest last. Its "Results"
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
        row.addClassNames("na-import-result", "na-import-" + result);
        getContent().add(row);
        heading.setVisible(true);
        if (outcome.result() == FileOutcome.Result.IMPORTED) {
            CorpusChanged.fire(this);
        }
    }
}

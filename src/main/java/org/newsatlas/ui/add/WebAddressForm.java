package org.newsatlas.ui.add;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.FetchRule;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.ImportDefaults;
import org.newsatlas.article.ingest.ImportReport;
import org.newsatlas.ui.CurrentUser;

/**
 * Add an article page or an RSS/Atom feed by its web address: fetched by the server (within its {@link FetchRule}:
 * a public server fetches public addresses only), each article it holds gets its result line as it is stored,
 * and the status says what came of it. One address at a time per page; the field keeps an address that failed.
 */
public class WebAddressForm extends Composite<VerticalLayout> {

    private final ArticleImportService importer;
    private final CurrentUser user;
    private final ImportResultList results;
    private final FetchRule rule;
    private final TextField address = new TextField("Web address of an article or an RSS/Atom feed");
    private final Button fetch = new Button("Fetch and add");
    private final Span status = new Span();
    private UI ui;

    public WebAddressForm(ArticleImportService importer, CurrentUser user, ImportResultList results, FetchRule rule) {
        this.importer = importer;
        this.user = user;
        this.results = results;
        this.rule = rule;
        address.setPlaceholder("https://…");
        address.setWidth("min(40rem, 100%)");
        address.addClassName("na-web-address");
        address.setClearButtonVisible(true);
        address.addKeyPressListener(Key.ENTER, e -> start());
        fetch.addClassName("na-web-fetch");
        fetch.addClickListener(e -> start());
        status.addClassName("na-web-status");
        status.getElement().setAttribute("role", "status");
        HorizontalLayout row = new HorizontalLayout(address, fetch);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        row.getStyle().set("flex-wrap", "wrap");
        getContent().setPadding(false);
        getContent().add(row, status);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC); // the fetch reports back by push
    }

    @Override
    protected void onDetach(DetachEvent event) {
        ui = null;
    }

    private void start() {
        if (!fetch.isEnabled() || !user.mayEdit("add articles")) {
            return;
        }
        String typed = address.getValue().strip();
        if (!ArticleImportService.isWebAddress(typed)) {
            address.setErrorMessage(typed.isEmpty() ? "Give the address of a page or feed"
                    : "Not a web address: give one starting with http:// or https://");
            address.setInvalid(true);
            return;
        }
        address.setInvalid(false);
        fetch.setEnabled(false);
        status.setText("Fetching " + typed + " …");
        UI page = ui;
        Set<FileOutcome> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        importer.importAddressLater(typed, ImportDefaults.NONE, rule, progress -> {
            if (progress.latest() != null && page != null) {
                page.access(() -> {
                    shown.add(progress.latest());
                    results.add(progress.latest());
                });
            }
        }).whenComplete((report, failure) -> {
            if (page != null) {
                page.access(() -> finished(typed, report, failure, shown));
            }
        });
    }

    /** Lines for what the progress did not show (an address that could not be fetched), and the status. */
    private void finished(String typed, ImportReport report, Throwable failure, Set<FileOutcome> shown) {
        fetch.setEnabled(true);
        if (failure != null || report == null) {
            status.setText("Not added: the server failed while fetching " + typed + "; try again.");
            return;
        }
        report.files().stream().filter(f -> !shown.contains(f)).forEach(results::add);
        long imported = report.files().stream().filter(f -> f.result() == FileOutcome.Result.IMPORTED).count();
        long duplicates = report.files().stream().filter(f -> f.result() == FileOutcome.Result.DUPLICATE).count();
        long failed = report.files().stream().filter(FileOutcome::failed).count();
        status.setText("Done: " + typed + " · imported " + imported + ", duplicates skipped " + duplicates
                + ", failed " + failed);
        if (failed == 0) {
            address.clear();
        }
    }
}

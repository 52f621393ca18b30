package org.newsatlas.ui.articles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.newsatlas.article.Plural;
import org.newsatlas.article.ingest.ReprocessProgress;
import org.newsatlas.article.ingest.ReprocessReport;
import org.newsatlas.article.ingest.ReprocessService;
import org.newsatlas.ui.CurrentUser;

/**
 * "Re-run the geoparser": after a gazetteer or rules change, re-analyses every article on a background thread,
 * once confirmed, with a progress bar pushed to the browser; user corrections are kept. {@code onDone} runs on
 * the UI thread when the run ends.
 */
public class ReprocessPanel extends Composite<HorizontalLayout> {

    private final ReprocessService reprocessing;
    private final Runnable onDone;
    private final CurrentUser user;
    private final Button start = new Button("Re-run geoparser…");
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private UI ui;

    public ReprocessPanel(ReprocessService reprocessing, CurrentUser user, Runnable onDone) {
        this.reprocessing = reprocessing;
        this.user = user;
        this.onDone = onDone;
        start.addClickListener(e -> confirm());
        start.setAriaLabel("Re-run the geoparser on all articles");
        start.addClassName("na-reprocess");
        progress.setVisible(false);
        progress.setWidth("12rem");
        progress.addClassName("na-reprocess-progress");
        status.addClassName("na-reprocess-status");
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        getContent().add(start, progress, status);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        // the re-run reports progress by server push; only the screens that need it open the connection (the map loads without it)
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog("Re-run the geoparser on all articles?",
                "Every article is cleaned, geoparsed and dated again with the current gazetteer and rules, one at a "
                        + "time. Your corrections of places are kept. The map shows the new places when it is done.",
                "Re-run", e -> run());
        dialog.setCancelable(true);
        dialog.open();
    }

    private void run() {
        if (!user.mayEdit("re-run the geoparser")) {
            return;
        }
        try {
            reprocessing.start(p -> access(() -> show(p))).whenComplete((report, error) -> access(() -> done(report,
                    error)));
        } catch (IllegalStateException e) {
            Notification.show("The articles are already being re-analysed; try again when that run ends.");
            return;
        }
        start.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Re-analysing…");
    }

    private void show(ReprocessProgress p) {
        progress.setValue(p.fraction());
        status.setText("Re-analysing: %d of %s".formatted(p.done(), Plural.of(p.total(), "article"))
                + (p.failure() == null ? "" : " · " + p.line()));
    }

    private void done(ReprocessReport report, Throwable error) {
        start.setEnabled(true);
        progress.setValue(1);
        if (error != null) {
            status.setText("Stopped: " + error.getMessage());
        } else {
            status.setText("Done: " + report.summary());
        }
        onDone.run();
    }

    /** On the background thread: the change goes to the browser by server push; a closed page is skipped. */
    private void access(Runnable command) {
        if (ui == null) {
            return;
        }
        try {
            ui.access(command::run);
        } catch (UIDetachedException e) {
            // the page was closed: the run goes on without it
        }
    }
}

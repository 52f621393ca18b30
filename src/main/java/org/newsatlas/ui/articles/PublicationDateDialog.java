package org.newsatlas.ui.articles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.newsatlas.article.ArticleDateService;
import org.newsatlas.article.ArticleSummary;
import org.newsatlas.ui.CurrentUser;
import org.newsatlas.ui.PublicationDatePicker;

/**
 * Sets or changes one article's publication date (editors only, asked again when saving): the article is then
 * re-analysed, so its passages move to the months the new date gives them. An empty date makes it undated.
 */
final class PublicationDateDialog extends Dialog {

    private final DatePicker date = PublicationDatePicker.create("Publication date", "Empty for undated");
    private final Paragraph problem = new Paragraph();

    PublicationDateDialog(ArticleSummary article, ArticleDateService dates, CurrentUser user, Runnable onChanged) {
        setHeaderTitle("Publication date");
        addClassName("na-date-dialog");
        date.setValue(article.published());
        date.setWidth("20rem");
        problem.addClassName("na-date-problem");
        problem.setVisible(false);
        add(new Paragraph(article.title()), date, problem);
        Button save = new Button("Save and re-analyse", e -> save(article, dates, user, onChanged));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("na-date-save");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(ArticleSummary article, ArticleDateService dates, CurrentUser user, Runnable onChanged) {
        if (!user.mayEdit("set publication dates")) {
            close();
            return;
        }
        if (date.isInvalid()) {
            show("Not a date it can use: " + date.getErrorMessage());
            return;
        }
        LocalDate chosen = date.getValue();
        try {
            dates.setPublished(article.id(), chosen);
            close();
            onChanged.run();
            Notification.show((chosen == null ? "Undated" : "Dated " + chosen) + " and re-analysed: \""
                    + article.title() + "\"");
        } catch (IllegalArgumentException e) {
            show(e.getMessage());
        } catch (NoSuchElementException e) {
            show("This article is no longer stored (deleted meanwhile).");
        } catch (RuntimeException e) { // the re-analysis failed: its transaction took the new date back too
            show("Not changed: the article could not be re-analysed (" + e.getClass().getSimpleName() + ").");
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}

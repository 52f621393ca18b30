package org.newsatlas.ui.add;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.newsatlas.ui.PublicationDatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.PastedArticle;
import org.newsatlas.ui.CurrentUser;

/**
 * Paste an article's text with what is known about it: title, outlet, date (each optional). The text is refused for
 * exactly what a .txt file is refused for (the importer checks it the same way), and the reason shows under it. The
 * date picker reads ISO ({@code 2018-04-05}), dotted day-month ({@code 05.04.2018}) and slashes in the order of the
 * browser's locale (month first for the US, day first elsewhere), shows the date it read in words, and takes only
 * dates within 1800–2200 ({@link PublicationDatePicker}); a date it cannot read or outside them is said so and nothing is added.
 */
public class PasteArticleForm extends Composite<FormLayout> {

    private final TextField title = new TextField("Title");
    private final TextField outlet = new TextField("Outlet");
    private final DatePicker published = PublicationDatePicker.create("Date", "Optional");
    private final TextArea text = new TextArea("Text");

    public PasteArticleForm(ArticleImportService importer, CurrentUser user, ImportResultList results) {
        text.setPlaceholder("Paste the article's text here");
        text.setMinHeight("10rem");
        Button add = new Button("Add article", e -> {
            if (!user.mayEdit("add articles")) {
                return;
            }
            if (published.isInvalid()) {
                published.focus();
                return; // the picker shows why under the field
            }
            FileOutcome outcome = importer.importPasted(
                    new PastedArticle(title.getValue(), outlet.getValue(), published.getValue(), text.getValue()));
            results.add(outcome);
            text.setErrorMessage(outcome.failed() ? "Not added: " + outcome.message() : null);
            text.setInvalid(outcome.failed());
            if (!outcome.failed()) {
                title.clear();
                outlet.clear();
                published.clear();
                text.clear();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = getContent();
        form.add(title, outlet, published, text, add);
        form.setColspan(text, 2);
        form.addClassName("na-paste-form");
    }
}

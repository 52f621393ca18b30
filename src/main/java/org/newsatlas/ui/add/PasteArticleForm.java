package org.newsatlas.ui.add;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.PastedArticle;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.ui.CurrentUser;

/**
 * Paste an article's text with what is known about it: title, outlet, date (each optional). The text is refused for
 * exactly what a .txt file is refused for (the importer checks it the same way), and the reason shows under it. The
 * date picker reads ISO ({@code 2018-04-05}), dotted day-month ({@code 05.04.2018}) and slashes in the order of the
 * browser's locale (month first for the US, day first elsewhere), shows the date it read in words, and takes only
 * dates within {@link SaneDates}; a date it cannot read or outside them is said so and nothing is added.
 */
public class PasteArticleForm extends Composite<FormLayout> {

    private final TextField title = new TextField("Title");
    private final TextField outlet = new TextField("Outlet");
    private final DatePicker published = new DatePicker("Date");
    private final TextArea text = new TextArea("Text");
    private final String dateHelp;

    public PasteArticleForm(ArticleImportService importer, CurrentUser user, ImportResultList results) {
        published.setMin(SaneDates.FIRST_DAY);
        published.setMax(SaneDates.LAST_DAY);
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        boolean monthFirst = "US".equals(locale.getCountry());
        String slashes = monthFirst ? "M/d/yyyy" : "d/M/yyyy";
        dateHelp = "Optional: 2018-04-05, 05.04.2018 or " + (monthFirst ? "4/5/2018" : "5/4/2018") + "; between "
                + SaneDates.FIRST_YEAR + " and " + SaneDates.LAST_YEAR;
        published.setHelperText(dateHelp);
        published.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy-MM-dd", "d.M.yyyy", slashes, "yyyy/M/d")
                .setMinErrorMessage("The date must be in " + SaneDates.FIRST_YEAR + " or later")
                .setMaxErrorMessage("The date must be in " + SaneDates.LAST_YEAR + " or earlier")
                .setBadInputErrorMessage("Not a date: write it as 2018-04-05 or pick one from the calendar"));
        published.addValueChangeListener(e -> published.setHelperText(e.getValue() == null ? dateHelp
                : "Read as " + inWords(e.getValue())));
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

    private static String inWords(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH).format(date);
    }
}

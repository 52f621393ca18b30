package org.newsatlas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsatlas.geoparse.SaneDates;

/**
 * A date picker for publication dates: reads ISO ({@code 2018-04-05}), dotted day-month ({@code 05.04.2018}) and
 * slashes in the order of the browser's locale (month first for the US, day first elsewhere), shows the date it
 * read in words under the field, and takes only dates within {@link SaneDates}.
 */
public final class PublicationDatePicker {

    private PublicationDatePicker() {
    }

    /** @param purpose what the date is for, first in the helper text ("Optional", "For files that name none") */
    public static DatePicker create(String label, String purpose) {
        DatePicker picker = new DatePicker(label);
        picker.setMin(SaneDates.FIRST_DAY);
        picker.setMax(SaneDates.LAST_DAY);
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        boolean monthFirst = "US".equals(locale.getCountry());
        String slashes = monthFirst ? "M/d/yyyy" : "d/M/yyyy";
        String help = purpose + ": 2018-04-05, 05.04.2018 or " + (monthFirst ? "4/5/2018" : "5/4/2018")
                + "; between " + SaneDates.FIRST_YEAR + " and " + SaneDates.LAST_YEAR;
        picker.setHelperText(help);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy-MM-dd", "d.M.yyyy", slashes, "yyyy/M/d")
                .setMinErrorMessage("The date must be in " + SaneDates.FIRST_YEAR + " or later")
                .setMaxErrorMessage("The date must be in " + SaneDates.LAST_YEAR + " or earlier")
                .setBadInputErrorMessage("Not a date: write it as 2018-04-05 or pick one from the calendar"));
        picker.addValueChangeListener(e -> picker.setHelperText(e.getValue() == null ? help
                : "Read as " + inWords(e.getValue())));
        return picker;
    }

    private static String inWords(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH).format(date);
    }
}

package org.newsatlas.article.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsatlas.article.NewArticle;
import org.newsatlas.geoparse.SaneDates;

/**
 * Gives an article read from a file its publication date, and says where it came from: the file's own metadata
 * (HTML, front matter) first, then a date line in the head of its text ({@link DateInText}), then the batch's date
 * ({@link ImportDefaults}); without any, the article stays undated and the result says so. A date in the text
 * that is ambiguous (05/04/2018) or outside the sane range is named and not used.
 */
final class PublicationDating {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private PublicationDating() {
    }

    static ReadArticle dated(ReadArticle read, ImportDefaults defaults) {
        NewArticle article = read.article();
        String outlet = article.outlet() != null ? article.outlet() : defaults.outlet();
        if (article.published() != null) {
            return withDate(read, article.published(), outlet, null);
        }
        Optional<DateInText.Found> found = DateInText.find(article.originalText());
        Optional<LocalDate> fromText = found.flatMap(f -> f.reading().date())
                .filter(d -> SaneDates.publicationDateProblem(d).isEmpty());
        if (fromText.isPresent()) {
            return withDate(read, fromText.get(), outlet, "dated " + DAY.format(fromText.get())
                    + " from its text: “" + found.get().reading().phrase() + "”");
        }
        String unused = found.map(f -> "its text's “" + f.reading().phrase() + "” "
                + (f.reading().ambiguous() ? "could be day-month or month-day" : "is not a date it can use"))
                .orElse(null);
        if (defaults.date() != null) {
            return withDate(read, defaults.date(), outlet, "dated " + DAY.format(defaults.date())
                    + " as the batch" + (unused == null ? "" : " (" + unused + ")"));
        }
        return withDate(read, null, outlet, "undated: " + (unused == null ? "no date in the file or its text" : unused));
    }

    private static ReadArticle withDate(ReadArticle read, LocalDate date, String outlet, String note) {
        NewArticle a = read.article();
        NewArticle dated = new NewArticle(a.title(), outlet, a.author(), date, date != null && a.publishedApproximate(),
                a.sourceName(), a.originalText());
        List<String> notes = new ArrayList<>(read.warnings());
        if (note != null) {
            notes.add(note);
        }
        return new ReadArticle(dated, notes);
    }
}

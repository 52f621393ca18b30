package org.newsatlas.article.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.newsatlas.geoparse.SaneDates;

/**
 * What the user says about a whole batch, for articles that do not say it themselves: the publication date of
 * articles with no date in their file or text, and the outlet of articles that name none ({@code import --date
 * --outlet}).
 */
public record ImportDefaults(LocalDate date, String outlet) {

    public static final ImportDefaults NONE = new ImportDefaults(null, null);

    public ImportDefaults {
        Optional<String> problem = SaneDates.publicationDateProblem(date);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
    }
}

package org.newsatlas.geoparse;

import java.time.LocalDate;
import java.util.List;

/** One family of time-expression rules. {@code published} may be null: then only absolute dates resolve. */
interface TimeRecognizer {

    List<TimeExpression> find(String text, LocalDate published);
}

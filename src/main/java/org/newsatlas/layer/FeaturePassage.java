package org.newsatlas.layer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A passage that mentions a feature, as the passage panel shows it.
 *
 * @param start      [start, end) of the passage in the article's original text
 * @param months     the months the passage is tagged with, oldest first
 * @param precisions for each of {@code months}, in the same order, how finely the passage's text pins it down:
 *                   "day" (a date, a weekday) or "month" (a month, "last week", the publication month it falls
 *                   back to when its text pins none down)
 * @param mentions   where the feature is mentioned, [start, end) within {@code text} (not the article)
 */
public record FeaturePassage(long articleId, String title, String outlet, LocalDate published, long passageId,
                             int start, int end, String text, List<YearMonth> months, List<String> precisions,
                             List<Span> mentions) {

    /** A half-open [start, end) range; {@code corrected}: a person gave this mention its place. */
    public record Span(int start, int end, boolean corrected) {
    }
}

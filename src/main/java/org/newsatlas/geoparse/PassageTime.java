package org.newsatlas.geoparse;

import java.time.YearMonth;
import java.util.List;

/**
 * The months a passage speaks of (sorted, distinct) with their precision, the expressions they came from, and
 * whether the months are only the publication month because the text pins down none ({@code fallback}).
 */
public record PassageTime(List<TaggedMonth> tagged, List<TimeExpression> expressions, boolean fallback) {

    public PassageTime {
        tagged = List.copyOf(tagged);
        expressions = List.copyOf(expressions);
    }

    /** The months alone, oldest first. */
    public List<YearMonth> months() {
        return tagged.stream().map(TaggedMonth::month).toList();
    }
}

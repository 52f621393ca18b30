package org.newsatlas.layer;

import java.time.YearMonth;
import java.util.List;

/** One passage linked to a feature: how many times it mentions the feature, and the months it is tagged with. */
public record PassageLink(long passageId, int mentions, List<YearMonth> months) {

    public PassageLink {
        months = List.copyOf(months);
    }

    /** All time counts every passage; any other window needs one of the passage's months inside it. */
    public boolean isIn(MonthWindow window) {
        return window.containsAny(months);
    }
}

package org.newsatlas.analysis;

import java.time.YearMonth;
import java.util.List;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.text.PassageSpan;

/**
 * One passage after analysis: the months it speaks of ({@code fallbackMonth}: none found, the publication month
 * stands in) and the places it mentions. Boilerplate passages have neither.
 */
public record AnalyzedPassage(PassageSpan span, List<YearMonth> months, boolean fallbackMonth,
                              List<LocatedMention> mentions) {

    public AnalyzedPassage {
        months = List.copyOf(months);
        mentions = List.copyOf(mentions);
    }
}

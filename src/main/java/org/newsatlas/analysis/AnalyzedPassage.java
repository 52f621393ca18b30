package org.newsatlas.analysis;

import java.time.YearMonth;
import java.util.List;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.geoparse.TaggedMonth;
import org.newsatlas.text.PassageSpan;

/**
 * One passage after analysis: the months it speaks of with their precision ({@code fallbackMonth}: its text pins
 * none down, the publication month stands in) and the places it mentions. Boilerplate passages have neither.
 */
public record AnalyzedPassage(PassageSpan span, List<TaggedMonth> tagged, boolean fallbackMonth,
                              List<LocatedMention> mentions) {

    public AnalyzedPassage {
        tagged = List.copyOf(tagged);
        mentions = List.copyOf(mentions);
    }

    /** The months alone, oldest first. */
    public List<YearMonth> months() {
        return tagged.stream().map(TaggedMonth::month).toList();
    }
}

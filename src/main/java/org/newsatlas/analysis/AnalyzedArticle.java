package org.newsatlas.analysis;

import java.util.List;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.text.CleanedArticle;

/** An article cleaned, cut into passages, geoparsed and dated: everything the store writes with it. */
public record AnalyzedArticle(CleanedArticle cleaned, List<AnalyzedPassage> passages) {

    public AnalyzedArticle {
        passages = List.copyOf(passages);
    }

    public List<LocatedMention> mentions() {
        return passages.stream().flatMap(p -> p.mentions().stream()).toList();
    }
}

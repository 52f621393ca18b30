package org.newsatlas.article;

import java.util.List;

/**
 * How the corpus's mentions of one place were resolved: how many, how sure the resolver was on average, the pass
 * that decided most of them, and the other places it weighed (runners-up, most frequent first, labelled
 * as the correction dialog labels places: "Dushanbe (TJ) · admin1", "London (Kentucky, US) · city").
 */
public record PlaceResolution(int mentions, double meanConfidence, String decidedBy, List<String> runnersUp) {

    public PlaceResolution {
        runnersUp = List.copyOf(runnersUp);
    }
}

package org.newsatlas.search;

import org.newsatlas.layer.FeatureSummary;

/**
 * One search result: a map feature whose name matches, or a body passage whose text contains the words.
 *
 * @param feature the feature (null for a passage hit)
 * @param label      what the list shows (feature name and layer, or a snippet of the passage)
 * @param matchStart where the words were found in the passage's text (a passage hit; else 0)
 * @param matchEnd   where they end, exclusive
 */
public record SearchHit(FeatureSummary feature, long articleId, long passageId, int matchStart, int matchEnd,
                        String label) {

    public static SearchHit of(FeatureSummary feature) {
        return new SearchHit(feature, 0, 0, 0, 0, feature.name() + " · " + feature.layer().title());
    }

    public static SearchHit passage(long articleId, long passageId, int matchStart, int matchEnd, String label) {
        return new SearchHit(null, articleId, passageId, matchStart, matchEnd, label);
    }

    public boolean isFeature() {
        return feature != null;
    }
}

package org.newsatlas.layer;

import java.util.List;

/**
 * One page of the passages behind a feature (oldest article first, then in text order), with the totals of all of
 * them in the window.
 *
 * @param total    passages in the window
 * @param articles distinct articles those passages come from
 * @param offset   how many passages come before this page
 */
public record FeaturePassagePage(int total, int articles, long offset, List<FeaturePassage> passages) {

    public static final FeaturePassagePage EMPTY = new FeaturePassagePage(0, 0, 0, List.of());

    public FeaturePassagePage {
        passages = List.copyOf(passages);
    }

    /** Whether passages follow this page. */
    public boolean hasMore() {
        return offset + passages.size() < total;
    }
}

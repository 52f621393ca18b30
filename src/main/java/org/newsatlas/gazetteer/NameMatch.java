package org.newsatlas.gazetteer;

/** A candidate place for a surface form, and how the form matched it. */
public record NameMatch(Place place, MatchType type) {
}

package org.newsatlas.layer;

/** One bar of the year histogram: distinct passages tagged with a month of the year that link to a feature. */
public record YearCount(int year, int passages, int mentions) {
}

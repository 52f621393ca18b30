package org.newsatlas.article;

/** How big the corpus is. */
public record CorpusStats(long articles, long passages, long bodyPassages) {
}

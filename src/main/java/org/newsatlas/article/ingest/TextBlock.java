package org.newsatlas.article.ingest;

/**
 * A paragraph candidate: {@code [start,end)} into the original text, whitespace trimmed out;
 * {@code blankLineBefore} tells whether an empty line separates it from the previous block.
 */
record TextBlock(int start, int end, String text, boolean blankLineBefore) {
}

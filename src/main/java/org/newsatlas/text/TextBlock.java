package org.newsatlas.text;

/**
 * A paragraph candidate: {@code [start,end)} into the original text, whitespace trimmed out;
 * {@code blankLineBefore} tells whether an empty line separates it from the previous block.
 */
public record TextBlock(int start, int end, String text, boolean blankLineBefore) {
}

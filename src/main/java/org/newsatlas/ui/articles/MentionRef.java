package org.newsatlas.ui.articles;

/** A place mention as the browser names it: the article and [start, end) into its original text. */
public record MentionRef(long articleId, int start, int end) {
}

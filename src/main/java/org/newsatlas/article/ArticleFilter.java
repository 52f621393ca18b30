package org.newsatlas.article;

import java.time.LocalDate;

/**
 * Which articles to list; every part may be null (no restriction).
 *
 * @param text    words to find in the title or text, case-insensitive
 * @param outlet  exact outlet name
 * @param from    first publication date, inclusive
 * @param to      last publication date, inclusive
 */
public record ArticleFilter(String text, String outlet, LocalDate from, LocalDate to) {

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null);
}

package org.newsatlas.article;

import java.time.LocalDate;

/** A stored article: its metadata and the original text every passage and mention offset points into. */
public record Article(
        long id,
        String title,
        String outlet,
        String author,
        LocalDate published,
        boolean publishedApproximate,
        String sourceName,
        String contentHash,
        String originalText) {
}

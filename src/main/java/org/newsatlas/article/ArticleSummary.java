package org.newsatlas.article;

import java.time.LocalDate;

/** One row of the article list: metadata and how much the article holds (body passages, distinct places). */
public record ArticleSummary(long id, String title, String outlet, LocalDate published, String sourceName,
                             int passages, int places) {
}

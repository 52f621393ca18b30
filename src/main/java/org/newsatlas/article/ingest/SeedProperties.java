package org.newsatlas.article.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo corpus imported at first start ({@code newsatlas.seed.*}).
 *
 * @param enabled  import the seed corpus at start-up (articles already stored are skipped by content hash)
 * @param location a Spring resource location of a folder holding {@code articles.json} and the text files
 */
@ConfigurationProperties("newsatlas.seed")
public record SeedProperties(boolean enabled, String location) {
}

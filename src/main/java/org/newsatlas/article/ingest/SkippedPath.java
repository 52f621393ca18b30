package org.newsatlas.article.ingest;

/** A path found in a folder being imported and left out on purpose, with why ("hidden file", "broken link: …"). */
public record SkippedPath(String path, String reason) {
}

package org.newsatlas.article.ingest;

import java.util.List;
import java.util.Objects;
import org.newsatlas.article.NewArticle;

/**
 * A file turned into an article, with what the reader changed on the way that the user should know
 * (scripts and iframes removed, a charset guessed). Warnings never stop an import.
 */
public record ReadArticle(NewArticle article, List<String> warnings) {

    public ReadArticle {
        Objects.requireNonNull(article, "article");
        warnings = List.copyOf(warnings);
    }
}

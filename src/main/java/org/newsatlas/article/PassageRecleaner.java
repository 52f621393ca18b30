package org.newsatlas.article;

import java.util.NoSuchElementException;
import org.newsatlas.article.ingest.ArticleCleaner;
import org.newsatlas.article.ingest.CleanedArticle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reprocesses an article by cleaning its original text again and replacing its passages (and with them, by
 * ON DELETE CASCADE, their months and mentions). Does not geoparse: once the geoparser is wired, the
 * reprocessor that does is the one to use.
 */
@Component
public class PassageRecleaner implements ArticleReprocessor {

    private final ArticleRepository articles;
    private final ArticleCleaner cleaner;

    public PassageRecleaner(ArticleRepository articles, ArticleCleaner cleaner) {
        this.articles = articles;
        this.cleaner = cleaner;
    }

    @Override
    @Transactional
    public ReprocessOutcome reprocess(long articleId) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new NoSuchElementException("no article " + articleId));
        articles.deletePassages(articleId);
        CleanedArticle cleaned = cleaner.clean(article.originalText());
        articles.insertPassages(articleId, cleaned.passages());
        return new ReprocessOutcome(articleId, cleaned.passages().size());
    }
}

package org.newsatlas.article;

import org.newsatlas.analysis.AnalyzedArticle;

/** An article analysed and linked to the layers, not yet stored ({@link ArticleService#prepare}). */
public record PreparedArticle(NewArticle article, AnalyzedArticle analyzed, ArticleLinks links) {
}

package org.newsatlas.article;

import java.util.NoSuchElementException;
import org.newsatlas.analysis.AnalyzedArticle;
import org.newsatlas.analysis.ArticleAnalyzer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-runs the whole analysis of a stored article (cleaning, geoparsing, time tagging, layer links) after a rules
 * or gazetteer change, in one transaction: its passages are replaced, and with them, by ON DELETE CASCADE,
 * their months, mentions and links. The article keeps its id, and a person's corrections of its mentions are
 * applied again.
 */
@Component
public class ArticleReanalyzer implements ArticleReprocessor {

    private final ArticleRepository articles;
    private final ArticleAnalyzer analyzer;
    private final AnalysisStore analysis;
    private final LinkTallies tallies;

    public ArticleReanalyzer(ArticleRepository articles, ArticleAnalyzer analyzer, AnalysisStore analysis,
                             LinkTallies tallies) {
        this.tallies = tallies;
        this.articles = articles;
        this.analyzer = analyzer;
        this.analysis = analysis;
    }

    @Override
    @Transactional
    public ReprocessOutcome reprocess(long articleId) {
        Article stored = articles.findById(articleId)
                .orElseThrow(() -> new NoSuchElementException("no article " + articleId));
        AnalyzedArticle analyzed = analyzer.analyze(stored.originalText(), stored.published());
        tallies.remove(articleId);
        articles.deletePassages(articleId);
        articles.insertPassages(articleId, analyzed.cleaned().passages());
        int corrections = analysis.store(articleId, stored.originalText(), stored.published(), analyzed,
                articles.passageIdsByOrdinal(articleId));
        return new ReprocessOutcome(articleId, analyzed.cleaned().passages().size(), corrections);
    }
}

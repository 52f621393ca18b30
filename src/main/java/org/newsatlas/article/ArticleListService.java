package org.newsatlas.article;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The article list the Articles view pages through: filtered, sorted, counted. */
@Service
public class ArticleListService {

    private final ArticleSummaryRepository summaries;

    public ArticleListService(ArticleSummaryRepository summaries) {
        this.summaries = summaries;
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> find(ArticleFilter filter, ArticleSort sort, int offset, int limit) {
        return summaries.find(filter, sort, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ArticleFilter filter) {
        return summaries.count(filter);
    }

    @Transactional(readOnly = true)
    public List<String> outlets() {
        return summaries.outlets();
    }
}

package org.newsatlas.article;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.newsatlas.geoparse.SaneDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the publication date of one stored article (a person's answer for an undated article, or a correction of a
 * wrong one) and re-analyses that article through {@link ArticleReprocessor}, so its passages' months follow the
 * new date; all in one transaction. User corrections of its mentions are kept.
 */
@Service
public class ArticleDateService {

    private final ArticleRepository articles;
    private final ArticleReprocessor reprocessor;

    public ArticleDateService(ArticleRepository articles, ArticleReprocessor reprocessor) {
        this.articles = articles;
        this.reprocessor = reprocessor;
    }

    /**
     * @param published the new date; null makes the article undated
     * @throws IllegalArgumentException for a date outside {@link SaneDates}, with the reason
     * @throws NoSuchElementException when no article has this id
     */
    @Transactional
    public ArticleReprocessor.ReprocessOutcome setPublished(long articleId, LocalDate published) {
        SaneDates.publicationDateProblem(published).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (!articles.updatePublished(articleId, published)) {
            throw new NoSuchElementException("no article " + articleId);
        }
        return reprocessor.reprocess(articleId);
    }
}

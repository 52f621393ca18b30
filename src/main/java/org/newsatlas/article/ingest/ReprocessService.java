package org.newsatlas.article.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsatlas.article.ArticleReprocessor;
import org.newsatlas.article.ArticleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reprocesses every stored article after a rules or gazetteer change, one transaction per article (a
 * failure leaves that article as it was and the run goes on). Article ids never change.
 */
@Service
public class ReprocessService {

    private static final Logger LOG = LoggerFactory.getLogger(ReprocessService.class);

    private final ArticleService articles;
    private final ArticleReprocessor reprocessor;

    public ReprocessService(ArticleService articles, ArticleReprocessor reprocessor) {
        this.articles = articles;
        this.reprocessor = reprocessor;
    }

    public ImportReport reprocessAll(Consumer<ImportProgress> progress) {
        List<Long> ids = articles.articleIds();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (long id : ids) {
            FileOutcome outcome = reprocessOne(id);
            outcomes.add(outcome);
            progress.accept(new ImportProgress(outcomes.size(), ids.size(), outcome));
        }
        return new ImportReport(outcomes);
    }

    private FileOutcome reprocessOne(long id) {
        String source = "article " + id;
        try {
            var outcome = reprocessor.reprocess(id);
            return new FileOutcome(source, FileOutcome.Result.IMPORTED, id, outcome.passages() + " passages", List.of());
        } catch (RuntimeException e) {
            LOG.warn("Could not reprocess article {}", id, e);
            return FileOutcome.failed(source, "could not be reprocessed: " + e.getMessage());
        }
    }
}

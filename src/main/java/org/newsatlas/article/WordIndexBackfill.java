package org.newsatlas.article;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the search words of articles stored before the search index existed (schema V8), a batch per
 * transaction, on a background thread after start-up, so that a large corpus does not hold up the server. An
 * article deleted meanwhile is skipped. New articles are indexed as they are stored ({@link ArticleRepository}).
 */
@Component
@ConditionalOnWebApplication
public class WordIndexBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(WordIndexBackfill.class);
    private static final int BATCH = 100;

    private final ArticleRepository articles;
    private final TransactionTemplate transactions;

    public WordIndexBackfill(ArticleRepository articles, TransactionTemplate transactions) {
        this.articles = articles;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        Thread thread = new Thread(this::indexAll, "word-index-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    /** Indexes every article not yet indexed; the number indexed. */
    public int indexAll() {
        int indexed = 0;
        long after = 0;
        try {
            while (true) {
                long from = after;
                Map<Long, String> batch = transactions.execute(status -> articles.findUnindexed(from, BATCH));
                if (batch == null || batch.isEmpty()) {
                    break;
                }
                indexed += indexBatch(batch);
                after = batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
                LOG.info("Search index: {} earlier articles indexed", indexed);
            }
        } catch (DataAccessException e) {
            LOG.warn("Search index: stopped after {} earlier articles; the rest are indexed at the next start: {}",
                    indexed, e.getMessage());
        }
        return indexed;
    }

    private int indexBatch(Map<Long, String> batch) {
        try {
            transactions.executeWithoutResult(status -> batch.forEach(articles::indexWords));
            return batch.size();
        } catch (DataAccessException e) {
            int indexed = 0;
            for (var article : batch.entrySet()) {
                try {
                    transactions.executeWithoutResult(status -> articles.indexWords(article.getKey(),
                            article.getValue()));
                    indexed++;
                } catch (DataAccessException deleted) {
                    LOG.debug("Search index: article {} not indexed: {}", article.getKey(), deleted.getMessage());
                }
            }
            return indexed;
        }
    }
}

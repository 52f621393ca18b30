package org.newsatlas.article;

import java.util.List;

/** A stored article as the reader shows it: its passages in order and every place mention in them. */
public record ArticleReading(Article article, List<Passage> passages, List<StoredMention> mentions) {

    public ArticleReading {
        passages = List.copyOf(passages);
        mentions = List.copyOf(mentions);
    }

    public String text(Passage passage) {
        return article.originalText().substring(passage.start(), passage.end());
    }

    public List<StoredMention> mentionsIn(Passage passage) {
        return mentions.stream().filter(m -> m.passageId() == passage.id()).toList();
    }
}

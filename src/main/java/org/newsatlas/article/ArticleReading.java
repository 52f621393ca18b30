package org.newsatlas.article;

import java.util.List;

/**
 * A stored article as the reader shows it: its passages in order, every place mention in them, and a person's
 * corrections of its mentions (those saying "not a place" have no mention).
 */
public record ArticleReading(Article article, List<Passage> passages, List<StoredMention> mentions,
                             List<MentionCorrection> corrections) {

    public ArticleReading {
        passages = List.copyOf(passages);
        mentions = List.copyOf(mentions);
        corrections = List.copyOf(corrections);
    }

    /** The spans of the passage a person said are not places. */
    public List<MentionCorrection> notAPlaceIn(Passage passage) {
        return corrections.stream().filter(c -> c.isNotAPlace() && passage.start() <= c.start()
                && c.end() <= passage.end()).toList();
    }

    public String text(Passage passage) {
        return article.originalText().substring(passage.start(), passage.end());
    }

    public List<StoredMention> mentionsIn(Passage passage) {
        return mentions.stream().filter(m -> m.passageId() == passage.id()).toList();
    }
}

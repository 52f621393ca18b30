package org.newsatlas.article;

import org.newsatlas.text.PassageKind;


/** A stored passage: [start, end) into its article's original text; {@code rule} decided its kind. */
public record Passage(long id, long articleId, int ordinal, int start, int end, PassageKind kind, String rule) {

    public boolean isBody() {
        return kind == PassageKind.BODY;
    }
}

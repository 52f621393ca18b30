package org.newsatlas.text;

import java.util.Objects;

/**
 * One passage of an article: half-open {@code [start,end)} into the article's original text,
 * whitespace trimmed out, numbered from 0 in text order. {@code rule} names what decided the kind.
 */
public record PassageSpan(int ordinal, int start, int end, PassageKind kind, String rule) {

    public PassageSpan {
        if (ordinal < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad passage span " + ordinal + " [" + start + "," + end + ")");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }

    /** The passage's text, cut from the article's original text. */
    public String text(String originalText) {
        return originalText.substring(start, end);
    }

    public boolean isBody() {
        return kind == PassageKind.BODY;
    }
}

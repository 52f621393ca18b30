package org.newsatlas.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An article's original text cut into classified passages, plus the headline if one was found. */
public record CleanedArticle(String originalText, List<PassageSpan> passages, Optional<String> headline) {

    public CleanedArticle {
        Objects.requireNonNull(originalText, "originalText");
        passages = List.copyOf(passages);
        Objects.requireNonNull(headline, "headline");
    }

    /** The passages of the article's own prose, the only ones to geoparse. */
    public List<PassageSpan> bodyPassages() {
        return passages.stream().filter(PassageSpan::isBody).toList();
    }

    public List<PassageSpan> passagesOfKind(PassageKind kind) {
        return passages.stream().filter(p -> p.kind() == kind).toList();
    }

    public String text(PassageSpan passage) {
        return passage.text(originalText);
    }
}

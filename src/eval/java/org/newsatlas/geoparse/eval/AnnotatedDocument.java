package org.newsatlas.geoparse.eval;

import java.util.List;

/** A corpus document: its id, its text exactly as annotated, and its gold toponyms. */
public record AnnotatedDocument(String id, String text, List<GoldToponym> gold) {

    public AnnotatedDocument {
        gold = List.copyOf(gold);
    }

    /** Words as the speed figure counts them: whitespace-separated tokens of the text. */
    public int wordCount() {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}

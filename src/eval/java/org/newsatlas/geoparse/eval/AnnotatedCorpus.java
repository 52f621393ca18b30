package org.newsatlas.geoparse.eval;

import java.util.List;

/** A named evaluation corpus (LGL, GeoVirus): its documents in file order. */
public record AnnotatedCorpus(String name, List<AnnotatedDocument> documents) {

    public AnnotatedCorpus {
        documents = List.copyOf(documents);
    }

    public long wordCount() {
        return documents.stream().mapToLong(AnnotatedDocument::wordCount).sum();
    }

    public int goldCount() {
        return documents.stream().mapToInt(document -> document.gold().size()).sum();
    }
}

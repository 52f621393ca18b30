package org.newsatlas.geoparse;

import java.util.List;

/** Finds the place names of a text. */
public interface MentionExtractor {

    /**
     * Mentions in the passages of one document, in text order; offsets are into each passage's text and
     * {@link Mention#passage()} says which. Evidence gathered in one passage (a person's name) applies to all.
     */
    List<Mention> extract(List<String> passages);

    /** Mentions in one text (passage 0). */
    default List<Mention> extract(String text) {
        return extract(List.of(text));
    }
}

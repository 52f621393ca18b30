package org.newsatlas.ui.articles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the reader opens and what it marks: passages (the first is scrolled into view and the reader's focus
 * starts there) and, in each, the ranges to highlight, relative to the passage's text — the words a search found,
 * the mentions of the feature the panel shows. {@link #NONE}: the article from its top, nothing marked.
 */
public record ReaderFocus(Map<Long, List<Range>> passages) {

    public static final ReaderFocus NONE = new ReaderFocus(Map.of());

    /** A half-open [start, end) range of a passage's text. */
    public record Range(int start, int end) {
    }

    public ReaderFocus {
        passages = Collections.unmodifiableMap(new LinkedHashMap<>(passages));
    }

    /** One passage with one range marked (a search hit). */
    public static ReaderFocus at(long passageId, int start, int end) {
        return new ReaderFocus(Map.of(passageId, List.of(new Range(start, end))));
    }

    /** The passage the reader scrolls to. */
    Optional<Long> first() {
        return passages.keySet().stream().findFirst();
    }

    List<Range> rangesIn(long passageId) {
        return passages.getOrDefault(passageId, List.of());
    }

    boolean holds(long passageId) {
        return passages.containsKey(passageId);
    }
}

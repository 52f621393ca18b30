package org.newsatlas.article;

import java.util.Objects;

/**
 * A person's answer for one place mention: [start, end) into the article's original text, the text it covered
 * then ({@code surface}), and the gazetteer id of the place it names, or null for "not a place".
 */
public record MentionCorrection(long articleId, int start, int end, String surface, String gazetteerId) {

    /** What the geoparser's resolution of a corrected mention is said to be decided by. */
    public static final String DECIDED_BY = "user correction";

    public MentionCorrection {
        Objects.requireNonNull(surface, "surface");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    public static MentionCorrection notAPlace(long articleId, int start, int end, String surface) {
        return new MentionCorrection(articleId, start, end, surface, null);
    }

    public boolean isNotAPlace() {
        return gazetteerId == null;
    }

    public boolean covers(int otherStart, int otherEnd) {
        return start == otherStart && end == otherEnd;
    }

    /** True when the span overlaps [otherStart, otherEnd). */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}

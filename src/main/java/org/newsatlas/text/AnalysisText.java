package org.newsatlas.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text prepared for analysis (stray hyphens and invisible characters removed) with, for each of its
 * characters, the offset of the character it came from in the article's ORIGINAL text. A finder
 * works on {@link #text()} and reports {@link #originalStart}/{@link #originalEnd}.
 */
public record AnalysisText(String text, int[] toOriginal) {

    public AnalysisText {
        Objects.requireNonNull(text, "text");
        if (toOriginal.length != text.length()) {
            throw new IllegalArgumentException("mapping length " + toOriginal.length + " != text length " + text.length());
        }
        toOriginal = toOriginal.clone();
    }

    /** Identity text: analysis offset i is original offset {@code originalStart + i}. */
    static AnalysisText identity(String text, int originalStart) {
        int[] map = new int[text.length()];
        Arrays.setAll(map, i -> originalStart + i);
        return new AnalysisText(text, map);
    }

    @Override
    public int[] toOriginal() {
        return toOriginal.clone();
    }

    /** Original offset of the analysis character at {@code analysisIndex}. */
    public int originalStart(int analysisIndex) {
        return toOriginal[analysisIndex];
    }

    /** Original end offset (exclusive) of an analysis range ending (exclusive) at {@code analysisEnd} > 0. */
    public int originalEnd(int analysisEnd) {
        if (analysisEnd <= 0) {
            throw new IllegalArgumentException("empty range has no original end: " + analysisEnd);
        }
        return toOriginal[analysisEnd - 1] + 1;
    }

    /** The analysis text with the characters at the given analysis indexes removed. */
    AnalysisText without(boolean[] removed) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!removed[i]) {
                sb.append(text.charAt(i));
                map[n++] = toOriginal[i];
            }
        }
        return new AnalysisText(sb.toString(), Arrays.copyOf(map, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisText other && text.equals(other.text) && Arrays.equals(toOriginal, other.toOriginal);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Arrays.hashCode(toOriginal);
    }

    @Override
    public String toString() {
        return "AnalysisText[" + text + "]";
    }
}

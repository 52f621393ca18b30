package org.newsatlas.analysis;

/**
 * A passage naming a military exercise. Offsets are [start, end) into the text handed to the detector (the
 * article's original text when called with a passage span).
 *
 * @param exerciseId the curated exercise, or null for an exercise-like name the dataset does not have
 * @param nameKey    the name folded for grouping: lowercase words and digits, single spaces ("zapad 2021")
 * @param rule       what recognised it: alias, series, name_year, name_cue
 */
public record ExerciseMention(int start, int end, String surface, String exerciseId, String nameKey, String rule) {

    public boolean isPlaced() {
        return exerciseId != null;
    }
}

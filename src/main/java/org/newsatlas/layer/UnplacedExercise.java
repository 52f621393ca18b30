package org.newsatlas.layer;

/** An exercise-like name found in the corpus that the curated dataset does not have (yet). */
public record UnplacedExercise(String nameKey, String surface, int mentions, int passages) {
}

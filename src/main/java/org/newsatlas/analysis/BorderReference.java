package org.newsatlas.analysis;

/**
 * A passage speaking of the land border between two neighbouring countries.
 *
 * @param borderId  "AF-TJ": the two codes sorted, as in geodata/borders.geojson
 * @param cueStart  [cueStart, cueEnd) the border word ("border", "frontier") in the detector's text
 * @param rule      how the two sides were found: modifier, between, with, sentence
 */
public record BorderReference(String borderId, int cueStart, int cueEnd, String rule) {
}

package org.newsatlas.geoparse;

import org.newsatlas.gazetteer.Place;

/** A place a mention may refer to, with the score the passes gave it. */
public record Candidate(Place place, double score) {
}

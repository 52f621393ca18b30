package org.newsatlas.layer;

import org.locationtech.jts.geom.Geometry;

/** A row of the place table: a gazetteer entry the corpus mentions. */
public record StoredPlace(String gazetteerId, String name, String kind, String countryCode, Geometry geometry) {
}

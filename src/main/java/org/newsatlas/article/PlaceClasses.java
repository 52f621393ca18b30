package org.newsatlas.article;

/**
 * Which layer a stored place is drawn on, as {@link LinkTallies} counts it for the histogram: a country
 * ({@code country:} ids), a capital (the layers' capitals list) or another place. Provided by the layers.
 */
public interface PlaceClasses {

    String COUNTRY_PREFIX = "country:";

    boolean isCapital(String gazetteerId);

    /** Changes whenever {@link #isCapital} would answer differently for some id (the tallies are then rebuilt). */
    String fingerprint();
}

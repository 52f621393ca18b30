package org.newsatlas.gazetteer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Looks places up by name. Implementations are immutable and safe to share between threads. */
public interface Gazetteer {

    /**
     * The places a surface form may name: exact matches of the normalised form ({@link NameKey#normalize}),
     * or, only when there are none, matches of the looser spelling key ({@link MatchType#LOOSE}).
     * One entry per place (its best match type).
     */
    List<NameMatch> lookup(String surface);

    /** True when the normalised form is some place's name, alternate name or demonym. */
    default boolean isName(String surface) {
        return !lookup(surface).isEmpty();
    }

    Optional<Place> byId(String id);

    /** The country with this ISO alpha-2 code. */
    Optional<Place> country(String isoA2);

    /** The admin-1 unit with this GeoNames key ("CN.21"). */
    Optional<Place> admin1(String admin1Key);

    /** The admin-1 unit with this ISO 3166-2 code ("IN-TN"), where the gazetteer knows codes; none by default. */
    default Optional<Place> admin1ByIsoCode(String iso3166_2) {
        return Optional.empty();
    }

    /** Number of places. */
    int size();

    /** Every place, in no particular order (the base map's labels choose from them); none by default. */
    default Stream<Place> places() {
        return Stream.empty();
    }
}

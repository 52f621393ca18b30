package org.newsatlas.gazetteer;

/** Receives the places and names of a gazetteer as {@link InMemoryGazetteer.Builder} indexes them. */
public interface GazetteerSink {

    /** @param number the place's number in this load, as later passed to {@link #name} */
    void place(int number, Place place);

    /** @param key the name's normalised form ({@link NameKey#normalize}) */
    void name(int placeNumber, String name, String key, MatchType type);
}

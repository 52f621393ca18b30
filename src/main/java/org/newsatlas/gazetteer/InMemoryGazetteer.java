package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer held in memory: a place array plus two {@link NameIndex}es (normalised names and loose
 * spelling keys). Build it with {@link Builder}; {@link GeodataGazetteerLoader} fills one from geodata/.
 */
public final class InMemoryGazetteer implements Gazetteer {

    private final Place[] places;
    /** Place numbers in the order of their ids (ties by number), and each place's position in that order. */
    private final int[] placeByRank;
    private final int[] rankOfPlace;
    private final Map<String, Place> byId;
    private final NameIndex exact;
    private final NameIndex loose;

    private InMemoryGazetteer(Place[] places, NameIndex exact, NameIndex loose) {
        this.places = places;
        this.exact = exact;
        this.loose = loose;
        this.byId = new HashMap<>(places.length * 2);
        for (Place place : places) {
            byId.put(place.id(), place);
        }
        Integer[] order = new Integer[places.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> places[a].id().compareTo(places[b].id())); // stable: ties keep number order
        this.placeByRank = new int[places.length];
        this.rankOfPlace = new int[places.length];
        for (int rank = 0; rank < order.length; rank++) {
            placeByRank[rank] = order[rank];
            rankOfPlace[order[rank]] = rank;
        }
    }

    @Override
    public List<NameMatch> lookup(String surface) {
        String key = NameKey.normalize(surface);
        List<NameMatch> found = collect(exact, key, false);
        return found.isEmpty() && key.length() >= 5 ? collect(loose, NameKey.loose(key), true) : found;
    }

    private static final MatchType[] MATCH_TYPES = MatchType.values();

    private List<NameMatch> collect(NameIndex index, String key, boolean isLoose) {
        int[] hits = index.matches(key);
        if (hits.length == 0) {
            return List.of();
        }
        // by place in id order, then by match type (lower ordinal = better): the first of each place's run is its
        // best, and the places come out ordered by id
        long[] byRank = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byRank[i] = ((long) rankOfPlace[NameIndex.place(hits[i])] << 8) | NameIndex.type(hits[i]).ordinal();
        }
        Arrays.sort(byRank);
        List<NameMatch> out = new ArrayList<>(hits.length);
        long lastRank = -1;
        for (long entry : byRank) {
            int rank = (int) (entry >>> 8);
            if (rank != lastRank) {
                MatchType type = MATCH_TYPES[(int) (entry & 0xff)];
                out.add(new NameMatch(places[placeByRank[rank]],
                        isLoose && type != MatchType.ASSOCIATIVE ? MatchType.LOOSE : type));
                lastRank = rank;
            }
        }
        return out;
    }

    @Override
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Place> country(String isoA2) {
        return byId("country:" + isoA2);
    }

    @Override
    public Optional<Place> admin1(String admin1Key) {
        return byId("admin1:" + admin1Key);
    }

    @Override
    public int size() {
        return places.length;
    }

    /** Index entries (exact + loose), for the load report. */
    public long indexEntries() {
        return (long) exact.size() + loose.size();
    }

    /** Collects places and their names; not thread-safe; {@link #build} once. */
    public static final class Builder {
        private Place[] places = new Place[1024];
        private int count;
        private final NameIndex exact = new NameIndex();
        private final NameIndex loose = new NameIndex();
        private final GazetteerSink sink;
        private final boolean indexing;

        public Builder() {
            this(null, true);
        }

        /**
         * @param sink     also receives every place and name as it is added (for storing them), or null
         * @param indexing false: names only go to the sink (a copy, not a gazetteer to build)
         */
        public Builder(GazetteerSink sink, boolean indexing) {
            this.sink = sink;
            this.indexing = indexing;
        }

        /** Adds a place and returns its number, for {@link #name}. */
        public int add(Place place) {
            if (count == NameIndex.MAX_PLACES) {
                throw new IllegalStateException("More than " + NameIndex.MAX_PLACES + " places");
            }
            if (count == places.length) {
                places = Arrays.copyOf(places, count * 2);
            }
            places[count] = place;
            if (sink != null) {
                sink.place(count, place);
            }
            return count++;
        }

        /** Indexes one name of place number {@code place} under its normalised and loose keys. */
        public Builder name(int place, String name, MatchType type) {
            String key = NameKey.normalize(name);
            if (indexing) {
                exact.add(key, type, place);
                loose.add(NameKey.loose(key), type, place);
            }
            if (sink != null) {
                sink.name(place, name, key, type);
            }
            return this;
        }

        public Place place(int number) {
            return places[number];
        }

        public InMemoryGazetteer build() {
            exact.freeze();
            loose.freeze();
            return new InMemoryGazetteer(Arrays.copyOf(places, count), exact, loose);
        }
    }
}

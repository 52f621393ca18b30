package org.newsatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gazetteer held in memory: a place array plus two {@link NameIndex}es (normalised names and loose
 * spelling keys). Build it with {@link Builder}; {@link GeodataGazetteerLoader} fills one from geodata/.
 */
public final class InMemoryGazetteer implements Gazetteer {

    /** The places in the order of their ids (ties in the order added); the indexes number them so. */
    private final Place[] places;
    private final Map<String, Place> byId;
    private final NameIndex exact;
    private final NameIndex loose;
    /** Admin-1 units by ISO 3166-2 code ("IN-TN"). */
    private final Map<String, Place> byIsoCode;

    /** Takes the places as added and the frozen indexes numbering them so, and renumbers them in id order. */
    private InMemoryGazetteer(Place[] added, NameIndex exact, NameIndex loose, Map<String, Place> byIsoCode) {
        this.exact = exact;
        this.loose = loose;
        this.byIsoCode = Map.copyOf(byIsoCode);
        this.byId = new HashMap<>(added.length * 2);
        for (Place place : added) {
            byId.put(place.id(), place);
        }
        Integer[] order = new Integer[added.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> added[a].id().compareTo(added[b].id())); // stable: ties keep their order
        this.places = new Place[added.length];
        int[] rank = new int[added.length];
        for (int r = 0; r < order.length; r++) {
            places[r] = added[order[r]];
            rank[order[r]] = r;
        }
        exact.renumber(rank);
        loose.renumber(rank);
    }

    @Override
    public List<NameMatch> lookup(String surface) {
        if (NameKey.isAscii(surface)) { // nearly all: the keys as chars, no strings made
            char[] key = new char[surface.length()];
            int length = NameKey.normalizeAscii(surface, key);
            List<NameMatch> found = collect(exact.matches(key, length), false);
            return found.isEmpty() && length >= 5
                    ? collect(loose.matches(key, NameKey.loose(key, length)), true) : found;
        }
        String key = NameKey.normalize(surface);
        List<NameMatch> found = collect(exact.matches(key), false);
        return found.isEmpty() && key.length() >= 5 ? collect(loose.matches(NameKey.loose(key)), true) : found;
    }

    private static final MatchType[] MATCH_TYPES = MatchType.values();

    private List<NameMatch> collect(int[] hits, boolean isLoose) {
        if (hits.length == 0) {
            return List.of();
        }
        // by place (numbered in id order), then by match type (lower ordinal = better): the first of each place's
        // run is its best, and the places come out ordered by id
        long[] byPlace = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byPlace[i] = ((long) NameIndex.place(hits[i]) << 8) | NameIndex.type(hits[i]).ordinal();
        }
        Arrays.sort(byPlace);
        List<NameMatch> out = new ArrayList<>(hits.length);
        long lastPlace = -1;
        for (long entry : byPlace) {
            int place = (int) (entry >>> 8);
            if (place != lastPlace) {
                MatchType type = MATCH_TYPES[(int) (entry & 0xff)];
                out.add(new NameMatch(places[place], isLoose && type != MatchType.ASSOCIATIVE ? MatchType.LOOSE : type));
                lastPlace = place;
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
    public Optional<Place> admin1ByIsoCode(String iso3166_2) {
        return Optional.ofNullable(byIsoCode.get(iso3166_2));
    }

    @Override
    public int size() {
        return places.length;
    }

    @Override
    public Stream<Place> places() {
        return Arrays.stream(places);
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
        private final Map<String, Place> byIsoCode = new java.util.HashMap<>();

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

        /** Place number {@code place} is the admin-1 unit with this ISO 3166-2 code; the first one added keeps it. */
        public Builder isoCode(int place, String iso3166_2) {
            if (indexing && !iso3166_2.isEmpty()) {
                byIsoCode.putIfAbsent(iso3166_2, places[place]);
            }
            return this;
        }

        public Place place(int number) {
            return places[number];
        }

        public InMemoryGazetteer build() {
            exact.freeze();
            loose.freeze();
            return new InMemoryGazetteer(Arrays.copyOf(places, count), exact, loose, byIsoCode);
        }
    }
}

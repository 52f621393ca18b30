package org.newsatlas.geoparse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.Place;

/**
 * The gazetteer as one document's extraction sees it: lookups are remembered by surface, since a document
 * names the same places again and again and the person-name and chunk rules look up the same chunks. One
 * per document and thread; the lists it hands out are the gazetteer's own, shared, never to be modified.
 */
final class DocumentGazetteer implements Gazetteer {

    private final Gazetteer gazetteer;
    private final Map<String, List<NameMatch>> lookups = new HashMap<>();

    DocumentGazetteer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<NameMatch> lookup(String surface) {
        List<NameMatch> found = lookups.get(surface);
        if (found == null) {
            found = gazetteer.lookup(surface);
            lookups.put(surface, found);
        }
        return found;
    }

    @Override
    public Optional<Place> byId(String id) {
        return gazetteer.byId(id);
    }

    @Override
    public Optional<Place> country(String isoA2) {
        return gazetteer.country(isoA2);
    }

    @Override
    public Optional<Place> admin1(String admin1Key) {
        return gazetteer.admin1(admin1Key);
    }

    @Override
    public Optional<Place> admin1ByIsoCode(String iso3166_2) {
        return gazetteer.admin1ByIsoCode(iso3166_2);
    }

    @Override
    public int size() {
        return gazetteer.size();
    }
}

package org.newsatlas.article;

import java.util.Locale;
import org.newsatlas.gazetteer.Place;

/** A place a person may give a mention: its gazetteer id ("gn:1142170"), name, kind and country. */
public record PlaceChoice(String gazetteerId, String name, String kind, String countryCode) {

    public static PlaceChoice of(Place place) {
        return new PlaceChoice(place.id(), place.name(), place.kind().name().toLowerCase(Locale.ROOT),
                place.countryCode());
    }

    /** "Fayzabad (AF) · city". */
    public String label() {
        return name + (countryCode == null ? "" : " (" + countryCode + ")") + " · " + kind;
    }
}

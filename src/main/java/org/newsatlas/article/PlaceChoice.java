package org.newsatlas.article;

import java.util.Locale;
import org.newsatlas.gazetteer.Place;

/**
 * A place a person may give a mention: its gazetteer id ("gn:1142170"), name, kind, country and, where the gazetteer
 * knows it, the state or province it lies in ({@code area}: "Kentucky"), which tells namesakes apart.
 */
public record PlaceChoice(String gazetteerId, String name, String kind, String countryCode, String area) {

    public PlaceChoice(String gazetteerId, String name, String kind, String countryCode) {
        this(gazetteerId, name, kind, countryCode, null);
    }

    public static PlaceChoice of(Place place) {
        return new PlaceChoice(place.id(), place.name(), place.kind().name().toLowerCase(Locale.ROOT),
                place.countryCode());
    }

    public PlaceChoice withArea(String newArea) {
        return new PlaceChoice(gazetteerId, name, kind, countryCode, newArea);
    }

    /** "Fayzabad (AF) · city", "London (Kentucky, US) · city". */
    public String label() {
        String where = (area == null || area.equals(name) ? "" : area + (countryCode == null ? "" : ", "))
                + (countryCode == null ? "" : countryCode);
        return name + (where.isEmpty() ? "" : " (" + where + ")") + " · " + kindLabel(gazetteerId, kind);
    }

    /** The kind as a person reads it: an airport is stored as a site (gazetteer id "airport:LHR") but says so. */
    public static String kindLabel(String gazetteerId, String kind) {
        return gazetteerId != null && gazetteerId.startsWith(Place.AIRPORT_ID_PREFIX) ? "airport" : kind;
    }
}

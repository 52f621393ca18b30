package org.newsatlas.layer;

import java.util.Arrays;
import java.util.Optional;
import org.newsatlas.article.LinkTallies;

/** The map's feature layers: lower_snake GeoTools type names, also the OGC API collection ids. */
public enum LayerName {
    EXERCISE_SITES("exercise_sites", "Exercise sites",
            "Military exercises (curated dataset) at their sites; in a month when their dates overlap it",
            LayerMentionRepository.Source.EXERCISE),
    CAPITALS("capitals", "Capitals",
            "National capitals; in a month when a passage tagged with that month mentions the city",
            LayerMentionRepository.Source.PLACE),
    BORDERS("borders", "Borders",
            "Land borders between neighbouring countries; in a month when a passage of that month speaks of it",
            LayerMentionRepository.Source.BORDER),
    COUNTRIES("countries", "Countries",
            "Country polygons; in a month when a passage tagged with that month mentions the country",
            LayerMentionRepository.Source.PLACE),
    PLACES("places", "Other places",
            "Every other resolved place the corpus mentions, with its mention count",
            LayerMentionRepository.Source.PLACE);

    private final String id;
    private final String title;
    private final String description;
    private final LayerMentionRepository.Source source;

    LayerName(String id, String title, String description, LayerMentionRepository.Source source) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.source = source;
    }

    public static Optional<LayerName> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    LayerMentionRepository.Source source() {
        return source;
    }

    /** The class of the links the histogram counts for this layer. */
    LinkTallies.LinkClass linkClass() {
        return switch (this) {
            case EXERCISE_SITES -> LinkTallies.LinkClass.EXERCISE;
            case CAPITALS -> LinkTallies.LinkClass.CAPITAL;
            case BORDERS -> LinkTallies.LinkClass.BORDER;
            case COUNTRIES -> LinkTallies.LinkClass.COUNTRY;
            case PLACES -> LinkTallies.LinkClass.OTHER_PLACE;
        };
    }

    /** The features are places the geoparser found (capitals, countries, places): a person may correct them. */
    public boolean linksPlaceMentions() {
        return source == LayerMentionRepository.Source.PLACE;
    }

    /** Exercises are placed in time by their dates: every passage naming one counts whenever it is shown. */
    boolean countsAllPassages() {
        return this == EXERCISE_SITES;
    }
}

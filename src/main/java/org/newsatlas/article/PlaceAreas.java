package org.newsatlas.article;

import org.newsatlas.gazetteer.Gazetteer;
import org.springframework.stereotype.Component;

/**
 * Names the state or province a place choice lies in, as the gazetteer knows it ("London" to "London (Kentucky,
 * US)"), so that namesakes are told apart wherever places are offered or listed: the correction dialog, a place's
 * runners-up on the map. Not for admin-1 units and countries themselves.
 */
@Component
public class PlaceAreas {

    private final Gazetteer gazetteer;

    public PlaceAreas(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public PlaceChoice withArea(PlaceChoice choice) {
        return gazetteer.byId(choice.gazetteerId())
                .filter(p -> p.admin1Key() != null && !p.id().startsWith("admin1:") && !p.id().startsWith("country:"))
                .flatMap(p -> gazetteer.admin1(p.admin1Key()))
                .map(admin1 -> choice.withArea(admin1.name()))
                .orElse(choice);
    }
}

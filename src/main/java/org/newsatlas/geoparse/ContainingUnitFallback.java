package org.newsatlas.geoparse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.gazetteer.PlaceNameSuffixes;

/**
 * "Walker County", "Rapides Parish": the gazetteer has no counties, so such a mention is matched through a
 * town of the same name, often in another state. When the document names an admin-1 unit of the town's
 * country and the town is not in it, the mention is resolved to that unit instead: the county lies there.
 */
final class ContainingUnitFallback {

    static final String NAME = "ContainingUnitFallback";

    /**
     * The admin-1 unit to use instead of the winning town, or null to keep the town.
     *
     * @param mostNamedUnits {@link #mostNamedUnits} of the document
     */
    Place unitFor(DocumentScores scores, int m, Place winner, Map<String, Place> mostNamedUnits) {
        String surface = scores.mention(m).surface();
        String lastWord = surface.substring(surface.lastIndexOf(' ') + 1);
        if (winner.kind() != PlaceKind.CITY || winner.countryCode() == null
                || !PlaceNameSuffixes.isAdministrativeSuffix(lastWord)) {
            return null;
        }
        Place unit = mostNamedUnits.get(winner.countryCode());
        return unit == null || unit.admin1Key() != null && unit.admin1Key().equals(winner.admin1Key()) ? null : unit;
    }

    /**
     * For each country, the admin-1 unit the document's mentions lead with most often; a tie goes to the first
     * named (often the dateline's state). Gathered once per document, not once per "... County" mention.
     */
    static Map<String, Place> mostNamedUnits(DocumentScores scores) {
        Map<String, Map<Place, Integer>> named = new HashMap<>();
        for (int o = 0; o < scores.mentionCount(); o++) {
            Place leader = scores.leaderPlace(o);
            if (leader != null && leader.kind() == PlaceKind.ADMIN1) {
                named.computeIfAbsent(leader.countryCode(), k -> new LinkedHashMap<>()).merge(leader, 1, Integer::sum);
            }
        }
        Map<String, Place> mostNamed = new HashMap<>();
        named.forEach((country, counts) -> {
            Place unit = null;
            int most = 0;
            for (Map.Entry<Place, Integer> e : counts.entrySet()) {
                if (e.getValue() > most) {
                    unit = e.getKey();
                    most = e.getValue();
                }
            }
            mostNamed.put(country, unit);
        });
        return mostNamed;
    }
}

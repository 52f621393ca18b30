package org.newsatlas.geoparse;

import org.newsatlas.gazetteer.MatchType;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * A state's or province's own name names the unit, not a small town of the same country that shares it:
 * "California" is the state, not California, Pennsylvania, even in a story that also names Pittsburgh. Towns of
 * {@value #LARGE_TOWN} people or more (New York) and national capitals (Washington) keep their chance.
 */
public final class AdminUnitNamePass implements ResolutionPass {

    static final long LARGE_TOWN = 100_000;
    static final double PENALTY = 2.0;

    @Override
    public String description() {
        return "Small towns sharing the own name of an admin-1 unit of their country lose to the unit.";
    }

    @Override
    public void apply(DocumentScores scores) {
        for (int m = 0; m < scores.mentionCount(); m++) {
            String unitCountry = null;
            for (int c = 0; c < scores.candidates(m).size() && unitCountry == null; c++) {
                Place p = scores.candidates(m).get(c).place();
                if (p.kind() == PlaceKind.ADMIN1 && scores.candidates(m).get(c).type() == MatchType.NAME) {
                    unitCountry = p.countryCode();
                }
            }
            if (unitCountry == null) {
                continue;
            }
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                Place p = scores.candidates(m).get(c).place();
                if (p.kind() == PlaceKind.CITY && unitCountry.equals(p.countryCode()) && !p.isCapital()
                        && p.population() < LARGE_TOWN) {
                    scores.add(m, c, this, -PENALTY, "a small town sharing the name of an admin-1 unit");
                }
            }
        }
    }
}

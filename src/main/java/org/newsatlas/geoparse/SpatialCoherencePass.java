package org.newsatlas.geoparse;

import java.util.HashMap;
import java.util.Map;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/** Prefers candidates near the places the document's other mentions currently resolve to. */
public final class SpatialCoherencePass implements ResolutionPass {

    private static final double NEAR_KM = 100;
    private static final double REGIONAL_KM = 400;
    /**
     * The haversine of 401 km: any larger one is more than {@value #REGIONAL_KM} km away, so its distance (an
     * arcsine) need not be worked out.
     */
    private static final double BEYOND_REGIONAL = Math.pow(Math.sin((REGIONAL_KM + 1) / (2 * Place.EARTH_RADIUS_KM)),
            2);

    @Override
    public String description() {
        return "Candidates within 100 km (or 400 km) of another mention's leading place gain.";
    }

    @Override
    public void apply(DocumentScores scores) {
        int[] surfaceOfMention = new int[scores.mentionCount()];
        LeaderGrid leaders = new LeaderGrid(REGIONAL_KM + 2);
        Map<String, Integer> surfaceNumbers = new HashMap<>();
        for (int m = 0; m < scores.mentionCount(); m++) {
            Integer number = surfaceNumbers.putIfAbsent(scores.mention(m).surface(), surfaceNumbers.size());
            surfaceOfMention[m] = number == null ? surfaceNumbers.size() - 1 : number;
            Place leader = scores.leaderPlace(m);
            if (leader != null && (leader.kind() == PlaceKind.CITY || leader.kind() == PlaceKind.ADMIN1
                    || leader.kind() == PlaceKind.ADMIN2)) {
                leaders.add(leader, surfaceOfMention[m], m);
            }
        }
        for (int m = 0; m < scores.mentionCount(); m++) {
            if (scores.candidates(m).size() < 2) {
                continue;
            }
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                nearest(scores, leaders, surfaceOfMention[m], m, c);
            }
        }
    }

    /**
     * The nearest local leader (town, admin unit) of another surface: the grid finds every one within
     * {@value #REGIONAL_KM} km (and a little more) of the candidate; farther ones give nothing.
     */
    private void nearest(DocumentScores scores, LeaderGrid leaders, int self, int m, int c) {
        Place candidate = scores.candidates(m).get(c).place();
        if (candidate.kind() == PlaceKind.COUNTRY || candidate.kind() == PlaceKind.CONTINENT) {
            return;
        }
        LeaderGrid.Nearest nearest = leaders.nearest(candidate, self);
        double km = nearest == null || nearest.haversine() > BEYOND_REGIONAL ? Double.MAX_VALUE
                : Place.kilometres(nearest.haversine());
        Place at = nearest == null ? null : nearest.place();
        if (km < NEAR_KM) {
            scores.add(m, c, this, 1.0, () -> reason(km, at));
        } else if (km < REGIONAL_KM) {
            scores.add(m, c, this, 0.4, () -> reason(km, at));
        }
    }

    private static String reason(double km, Place near) {
        return Math.round(km) + " km from " + near.name();
    }
}

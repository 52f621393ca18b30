package org.newsatlas.geoparse;

import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/** Prefers candidates near the places the document's other mentions currently resolve to. */
public final class SpatialCoherencePass implements ResolutionPass {

    private static final double NEAR_KM = 100;
    private static final double REGIONAL_KM = 400;

    @Override
    public String description() {
        return "Candidates within 100 km (or 400 km) of another mention's leading place gain.";
    }

    @Override
    public void apply(DocumentScores scores) {
        Place[] leaders = new Place[scores.mentionCount()];
        for (int m = 0; m < leaders.length; m++) {
            Place leader = scores.leaderPlace(m);
            boolean local = leader != null && (leader.kind() == PlaceKind.CITY || leader.kind() == PlaceKind.ADMIN1
                    || leader.kind() == PlaceKind.ADMIN2);
            leaders[m] = local ? leader : null;
        }
        for (int m = 0; m < leaders.length; m++) {
            if (scores.candidates(m).size() < 2) {
                continue;
            }
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                nearest(scores, leaders, m, c);
            }
        }
    }

    private void nearest(DocumentScores scores, Place[] leaders, int m, int c) {
        Place candidate = scores.candidates(m).get(c).place();
        if (candidate.kind() == PlaceKind.COUNTRY || candidate.kind() == PlaceKind.CONTINENT) {
            return;
        }
        double best = Double.MAX_VALUE;
        Place near = null;
        String self = scores.mention(m).surface();
        for (int o = 0; o < leaders.length; o++) {
            if (leaders[o] != null && !scores.mention(o).surface().equals(self)) {
                double d = candidate.haversine(leaders[o]);
                if (d < best) {
                    best = d;
                    near = leaders[o];
                }
            }
        }
        double km = near == null ? Double.MAX_VALUE : Place.kilometres(best);
        Place at = near;
        if (km < NEAR_KM) {
            scores.add(m, c, this, 1.0, () -> String.format("%.0f km from %s", km, at.name()));
        } else if (km < REGIONAL_KM) {
            scores.add(m, c, this, 0.4, () -> String.format("%.0f km from %s", km, at.name()));
        }
    }
}

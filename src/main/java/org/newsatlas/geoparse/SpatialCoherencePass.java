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
        Leaders leaders = new Leaders(scores);
        for (int m = 0; m < scores.mentionCount(); m++) {
            if (scores.candidates(m).size() < 2) {
                continue;
            }
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                nearest(scores, leaders, m, c);
            }
        }
    }

    /**
     * The local leaders (towns, admin units) in mention order, each with its mention's surface as a number
     * (equal surfaces, equal numbers) and the cosine of its latitude, worked out once for all candidates.
     */
    private static final class Leaders {
        final int[] surfaceOfMention;
        final Place[] places;
        final int[] surfaces;
        final double[] cosLatitudes;
        int count;

        Leaders(DocumentScores scores) {
            int mentions = scores.mentionCount();
            surfaceOfMention = new int[mentions];
            places = new Place[mentions];
            surfaces = new int[mentions];
            cosLatitudes = new double[mentions];
            Map<String, Integer> surfaceNumbers = new HashMap<>();
            for (int m = 0; m < mentions; m++) {
                Integer number = surfaceNumbers.putIfAbsent(scores.mention(m).surface(), surfaceNumbers.size());
                surfaceOfMention[m] = number == null ? surfaceNumbers.size() - 1 : number;
                Place leader = scores.leaderPlace(m);
                if (leader != null && (leader.kind() == PlaceKind.CITY || leader.kind() == PlaceKind.ADMIN1
                        || leader.kind() == PlaceKind.ADMIN2)) {
                    places[count] = leader;
                    surfaces[count] = surfaceOfMention[m];
                    cosLatitudes[count] = leader.cosLatitude();
                    count++;
                }
            }
        }
    }

    private void nearest(DocumentScores scores, Leaders leaders, int m, int c) {
        Place candidate = scores.candidates(m).get(c).place();
        if (candidate.kind() == PlaceKind.COUNTRY || candidate.kind() == PlaceKind.CONTINENT) {
            return;
        }
        double best = Double.MAX_VALUE;
        Place near = null;
        int self = leaders.surfaceOfMention[m];
        double cosLatitude = candidate.cosLatitude();
        for (int o = 0; o < leaders.count; o++) {
            if (leaders.surfaces[o] != self) {
                Place leader = leaders.places[o];
                double d = candidate.haversine(leader.lat(), leader.lon(), cosLatitude, leaders.cosLatitudes[o]);
                if (d < best) {
                    best = d;
                    near = leader;
                }
            }
        }
        double km = near == null || best > BEYOND_REGIONAL ? Double.MAX_VALUE : Place.kilometres(best);
        Place at = near;
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

package org.newsatlas.geoparse;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.newsatlas.gazetteer.NameKey;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * Places named elsewhere in the document vouch for the country and admin-1 unit they lie in: a Faizabad in
 * a document that also names Badakhshan and Afghanistan is the Afghan one. Evidence comes from the other
 * mentions' current leaders (other surfaces only), weighted by how clearly those lead and
 * summed over distinct surfaces (capped), so a local paper's many Texan places outvote one big Paris.
 */
public final class DocumentContextPass implements ResolutionPass {

    /** How a reason for a candidate whose admin-1 unit the document also names begins. */
    static final String ADMIN1_MENTIONED = "its admin-1 unit is also mentioned";

    private static final double COUNTRY_BONUS = 1.0;
    private static final double ADMIN1_BONUS = 1.5;
    /** Support counts each other surface naming the unit, up to this many. */
    private static final double MAX_SUPPORT = 2.0;
    /**
     * A reason lists the other surfaces naming the unit until it is this long (what a stored reason keeps), then
     * ends with "…": a document naming thousands of places in one country would otherwise give every mention a
     * reason as long as the list, which is quadratic. No real article comes near it.
     */
    private static final int MAX_REASON = 1000;

    @Override
    public String description() {
        return "Candidates inside a country or admin-1 unit the document mentions elsewhere gain.";
    }

    @Override
    public void apply(DocumentScores scores) {
        Map<String, Map<String, Double>> countries = new HashMap<>();
        Map<String, Map<String, Double>> admin1s = new HashMap<>();
        String[] surfaces = new String[scores.mentionCount()];
        for (int m = 0; m < scores.mentionCount(); m++) {
            surfaces[m] = NameKey.normalize(scores.mention(m).surface());
            Place leader = scores.leaderPlace(m);
            if (leader == null || leader.kind() == PlaceKind.CONTINENT) {
                continue;
            }
            double weight = Math.min(1.0, scores.margin(m) / 2.0);
            String surface = surfaces[m];
            if (leader.countryCode() != null) {
                countries.computeIfAbsent(leader.countryCode(), k -> new HashMap<>()).merge(surface, weight, Math::max);
            }
            if (leader.admin1Key() != null) {
                admin1s.computeIfAbsent(leader.admin1Key(), k -> new HashMap<>()).merge(surface, weight, Math::max);
            }
        }
        Map<Map<String, Double>, Map<String, Support>> supports = new IdentityHashMap<>();
        for (int m = 0; m < scores.mentionCount(); m++) {
            String surface = surfaces[m];
            // candidates in a row often lie in the same country or unit: its support is asked for once
            Map<String, Double> country = null;
            Support countrySupport = null;
            Map<String, Double> admin1 = null;
            Support admin1Support = null;
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                Place p = scores.candidates(m).get(c).place();
                Map<String, Double> countryOfCandidate = countries.get(p.countryCode());
                if (countryOfCandidate != country) {
                    country = countryOfCandidate;
                    countrySupport = support(supports, country, surface);
                }
                add(scores, m, c, countrySupport, COUNTRY_BONUS, "its country is also mentioned");
                if (p.kind() != PlaceKind.COUNTRY) {
                    Map<String, Double> admin1OfCandidate = admin1s.get(p.admin1Key());
                    if (admin1OfCandidate != admin1) {
                        admin1 = admin1OfCandidate;
                        admin1Support = support(supports, admin1, surface);
                    }
                    add(scores, m, c, admin1Support, ADMIN1_BONUS, ADMIN1_MENTIONED);
                }
            }
        }
    }

    /**
     * What the other surfaces naming one unit give a mention whose own surface is {@code self}; the list of them
     * is worded only when a reason is read (the unit's map is no longer changed by then, so its order holds).
     */
    private record Support(double amount, Map<String, Double> bySurface, String self) {

        String by() {
            StringBuilder by = null;
            for (Map.Entry<String, Double> e : bySurface.entrySet()) {
                if (!e.getKey().equals(self) && e.getValue() > 0) {
                    if (by != null && by.length() > MAX_REASON) {
                        return by.append("\", …").toString();
                    }
                    by = by == null ? new StringBuilder(e.getKey()) : by.append("\", \"").append(e.getKey());
                }
            }
            return by.toString();
        }
    }

    private void add(DocumentScores scores, int m, int c, Support support, double bonus, String why) {
        if (support != null) {
            scores.add(m, c, this, bonus * support.amount(),
                    () -> why + " (\"" + support.by() + "\")");
        }
    }

    /** Computed once per unit and surface: the many same-country candidates of a name share it. */
    private static Support support(Map<Map<String, Double>, Map<String, Support>> cache,
                                   Map<String, Double> bySurface, String self) {
        if (bySurface == null) {
            return null;
        }
        Map<String, Support> forUnit = cache.computeIfAbsent(bySurface, k -> new HashMap<>());
        if (forUnit.containsKey(self)) {
            return forUnit.get(self);
        }
        double total = 0;
        boolean any = false;
        for (Map.Entry<String, Double> e : bySurface.entrySet()) {
            if (total >= MAX_SUPPORT) {
                break; // the rest only adds to a capped sum: without this, many names in one country were quadratic
            }
            if (!e.getKey().equals(self) && e.getValue() > 0) {
                total += e.getValue();
                any = true;
            }
        }
        Support support = any ? new Support(Math.min(MAX_SUPPORT, total), bySurface, self) : null;
        forUnit.put(self, support);
        return support;
    }
}

package org.newsatlas.geoparse;

import java.util.Set;
import org.newsatlas.gazetteer.MatchType;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * Exact country names name the country, and national capitals are preferred for their own name (not for an
 * alternate name that is also a country's: "Mexico" is the country, not Mexico City); any other place that has a
 * country's name only as an alternate name loses (Mexico City's and the Distrito Federal's "Mexico"). When the name
 * acts as a government ("Washington said", "Beijing and Moscow") the capital is preferred over a province or
 * state of the same name (Washington, D.C. over Washington state).
 */
public final class CountryAndCapitalPass implements ResolutionPass {

    /** Verbs that follow a capital used for its government: "Washington said", "Moscow has warned". */
    private static final Set<String> GOVERNMENT_VERBS = Set.of("said", "says", "has", "have", "had",
            "wants", "wanted", "warned", "warns", "announced", "accused", "accuses", "denied", "denies", "claimed",
            "claims", "insists", "insisted", "sees", "saw", "fears", "feared", "hopes", "hoped", "will", "would",
            "could", "may", "might", "did", "does", "must", "can", "plans", "planned", "agreed", "urged", "urges",
            "rejected", "refused", "responded", "reacted", "welcomed", "condemned", "believes", "considers",
            "signed", "sent", "sends", "imposed", "views", "viewed", "sought", "seeks", "remains", "appears",
            "needs", "intends", "fought", "backed", "supports", "supported", "opposed", "opposes");

    /** Taken from a place that has a country's name only as an alternate name. */
    static final double ALTERNATE_OF_COUNTRY_PENALTY = 2.0;

    @Override
    public String description() {
        return "Country names name countries; capitals win for their name, and clearly when used as a government.";
    }

    @Override
    public void apply(DocumentScores scores) {
        for (int m = 0; m < scores.mentionCount(); m++) {
            Boolean government = null; // worked out for the first capital among the candidates, if any
            boolean namesCountry = false;
            for (NameMatch n : scores.candidates(m)) {
                namesCountry |= n.place().kind() == PlaceKind.COUNTRY && n.type() != MatchType.LOOSE;
            }
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                Place p = scores.candidates(m).get(c).place();
                MatchType type = scores.candidates(m).get(c).type();
                boolean named = type != MatchType.LOOSE;
                if (p.kind() == PlaceKind.COUNTRY && named) {
                    scores.add(m, c, this, 1.0, "a country's name");
                } else if (namesCountry && type == MatchType.ALTERNATE_NAME) {
                    // "Mexico": Mexico City and the Distrito Federal only have it as an alternate name
                    scores.add(m, c, this, -ALTERNATE_OF_COUNTRY_PENALTY, "a country's name, only an alternate here");
                } else if (p.isCapital() && named && !(namesCountry && type != MatchType.NAME)) {
                    if (government == null) {
                        government = actsAsGovernment(scores, m);
                    }
                    scores.add(m, c, this, government ? 3.0 : 0.5, government
                            ? "national capital, named as a government (\"" + nextWord(scores, m) + "\")"
                            : "national capital");
                }
            }
        }
    }

    private static boolean actsAsGovernment(DocumentScores scores, int m) {
        return GOVERNMENT_VERBS.contains(nextWord(scores, m)) || pairedWithCapital(scores, m, m - 1)
                || pairedWithCapital(scores, m, m + 1);
    }

    /** "Beijing and Washington", "Moscow, Beijing": another capital joined by "and" or a comma. */
    private static boolean pairedWithCapital(DocumentScores scores, int m, int other) {
        if (other < 0 || other >= scores.mentionCount()
                || scores.mention(other).passage() != scores.mention(m).passage()) {
            return false;
        }
        Mention a = scores.mention(Math.min(m, other));
        Mention b = scores.mention(Math.max(m, other));
        String between = scores.passageText(m).substring(a.end(), b.start()).trim();
        boolean joined = between.equals("and") || between.equals(",") || between.equals("or");
        return joined && scores.candidates(other).stream().anyMatch(n -> n.place().isCapital());
    }

    static String nextWord(DocumentScores scores, int m) {
        String text = scores.passageText(m);
        int i = scores.mention(m).end();
        if (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
            return "";
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }
}

package org.newsatlas.geoparse;

import java.util.regex.Pattern;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * A place followed by a comma and the state or country it lies in — "Heathrow, Florida", "London, Ontario",
 * "Paris, France" — lies there: its candidates in that admin-1 unit or country gain, and so does that reading of the
 * second name. The document's other passes reach the same reading only through the leaders they already have: with
 * an airport leading "Heathrow" and Florida, Uruguay (a provincial capital of 32,000) leading "Florida", neither the
 * town nor the state had support. Only a comma and spaces may stand between the two names.
 */
public final class ContainerAfterCommaPass implements ResolutionPass {

    private static final Pattern COMMA = Pattern.compile(",\\s*");
    /** Enough to turn a close call (a town against an airport, a state against a town) without outweighing a phrase. */
    private static final double BONUS = 2.0;

    @Override
    public String description() {
        return "A place followed by ', <its state or country>' ('Heathrow, Florida') lies there.";
    }

    @Override
    public void apply(DocumentScores scores) {
        for (int m = 0; m + 1 < scores.mentionCount(); m++) {
            Mention place = scores.mention(m);
            Mention container = scores.mention(m + 1);
            if (place.passage() != container.passage() || place.associative() || container.associative()
                    || place.end() > container.start() || !COMMA.matcher(scores.passageText(m)
                    .substring(place.end(), container.start())).matches()) {
                continue;
            }
            for (int k = 0; k < scores.candidates(m + 1).size(); k++) {
                Place unit = scores.candidates(m + 1).get(k).place();
                if (unit.kind() == PlaceKind.ADMIN1 && unit.admin1Key() != null || unit.kind() == PlaceKind.COUNTRY) {
                    boostInside(scores, m, m + 1, k, unit);
                }
            }
        }
    }

    /** Adds the bonus to the candidates of mention {@code m} inside {@code unit}, and to the unit if any was. */
    private void boostInside(DocumentScores scores, int m, int containerMention, int k, Place unit) {
        boolean any = false;
        for (int c = 0; c < scores.candidates(m).size(); c++) {
            Place p = scores.candidates(m).get(c).place();
            boolean inside = p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.CONTINENT
                    && (unit.kind() == PlaceKind.COUNTRY ? unit.countryCode().equals(p.countryCode())
                    : unit.admin1Key().equals(p.admin1Key()) && p.kind() != PlaceKind.ADMIN1);
            if (inside) {
                scores.add(m, c, this, BONUS, () -> "followed by “, " + scores.mention(containerMention).surface()
                        + "”");
                any = true;
            }
        }
        if (any) {
            scores.add(containerMention, k, this, BONUS, () -> "after “" + scores.mention(m).surface() + ",”");
        }
    }
}

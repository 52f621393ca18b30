package org.newsatlas.geoparse;

import java.util.regex.Pattern;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * A place the text introduces with its country's adjective — "the Canadian city of London", "the Ukrainian port of
 * Odesa", "the Russian region of Kursk" — lies in that country: its candidates there gain enough to beat a bigger
 * namesake elsewhere. The adjective is the mention just before ("Canadian", an associative mention of a country), the
 * words between are "city/town/port/region/... of".
 */
public final class CountryPhrasePass implements ResolutionPass {

    /** What stands between the adjective and the name: a kind of place and "of". */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s+(?:(?:border|coastal|southern|northern|eastern|western|central|southeastern|southwestern|northeastern"
                    + "|northwestern|capital|industrial|resort|port|frontline|occupied|breakaway|disputed)\\s+)?"
                    + "(?:city|town|village|port|capital|state|province|region|county|district|oblast|enclave|island"
                    + "|settlement|municipality|prefecture|governorate|territory)\\s+of\\s+");
    /** Enough to outweigh population (a few points) without outweighing a user's or a document's strong context. */
    private static final double BONUS = 6.0;

    @Override
    public String description() {
        return "A place introduced as 'the <country adjective> city/region/... of X' lies in that country.";
    }

    @Override
    public void apply(DocumentScores scores) {
        for (int m = 1; m < scores.mentionCount(); m++) {
            Mention adjective = scores.mention(m - 1);
            Mention name = scores.mention(m);
            if (!adjective.associative() || adjective.passage() != name.passage() || name.associative()) {
                continue;
            }
            String text = scores.passageText(m);
            if (adjective.end() > name.start()
                    || !BETWEEN.matcher(text.substring(adjective.end(), name.start())).matches()) {
                continue;
            }
            String country = countryOf(adjective);
            if (country == null) {
                continue;
            }
            String phrase = text.substring(Math.max(0, adjective.start() - 4), name.start()).strip();
            for (int c = 0; c < scores.candidates(m).size(); c++) {
                if (country.equals(scores.candidates(m).get(c).place().countryCode())) {
                    scores.add(m, c, this, BONUS, () -> "introduced as “" + phrase + "”");
                }
            }
        }
    }

    /** The one country an adjective names ("Canadian" -> CA); null when it names none or several. */
    private static String countryOf(Mention adjective) {
        String country = null;
        for (NameMatch match : adjective.candidates()) {
            if (match.place().kind() == PlaceKind.COUNTRY) {
                if (country != null && !country.equals(match.place().countryCode())) {
                    return null;
                }
                country = match.place().countryCode();
            }
        }
        return country;
    }
}

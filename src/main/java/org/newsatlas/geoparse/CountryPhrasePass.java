package org.newsatlas.geoparse;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * A place the text introduces with its country's adjective — "the Canadian city of London", "the Ukrainian port of
 * Odesa", "the Russian region of Kursk" — lies in that country: its candidates there gain enough to beat a bigger
 * namesake elsewhere. The adjective is the mention just before ("Canadian", an associative mention of a country), the
 * words between are "city/town/port/region/... of". Likewise with a state or province named before ("the Texas city
 * of Paris": its candidates in that admin-1 unit) and with the adjectives of the United Kingdom's nations, which are
 * no country in the gazetteer and no mention ("the English city of Salisbury", "the Scottish town of Perth": its
 * candidates in GeoNames' admin-1 England, Scotland, Wales or Northern Ireland).
 */
public final class CountryPhrasePass implements ResolutionPass {

    /** What stands between the adjective and the name: a kind of place and "of". */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s+(?:(?:border|coastal|southern|northern|eastern|western|central|southeastern|southwestern|northeastern"
                    + "|northwestern|capital|industrial|resort|port|frontline|occupied|breakaway|disputed)\\s+)?"
                    + "(?:city|town|village|port|capital|state|province|region|county|district|oblast|enclave|island"
                    + "|settlement|municipality|prefecture|governorate|territory)\\s+of\\s+");
    /** The adjectives of the United Kingdom's nations and their GeoNames admin-1 keys. */
    private static final Map<String, String> NATIONS = Map.of("English", "GB.ENG",
            "Scottish", "GB.SCT", "Welsh", "GB.WLS", "Northern Irish", "GB.NIR");
    private static final Pattern NATION_BEFORE = Pattern.compile("\\b(" + String.join("|", NATIONS.keySet())
            .replace(" ", "\\s+") + ")" + BETWEEN.pattern() + "$");
    /** Characters before a name searched for a nation's adjective and the words after it. */
    private static final int NATION_REACH = 80;
    /** Enough to outweigh population (a few points) without outweighing a user's or a document's strong context. */
    private static final double BONUS = 6.0;

    @Override
    public String description() {
        return "A place introduced as 'the <country adjective | state | UK nation's adjective> city/region/... of X'"
                + " lies there.";
    }

    @Override
    public void apply(DocumentScores scores) {
        for (int m = 0; m < scores.mentionCount(); m++) {
            Mention name = scores.mention(m);
            if (name.associative()) {
                continue;
            }
            String text = scores.passageText(m);
            if (m > 0 && introducedBy(scores, m - 1, m, text)) {
                continue;
            }
            Matcher nation = NATION_BEFORE.matcher(text.substring(Math.max(0, name.start() - NATION_REACH),
                    name.start()));
            if (nation.find()) {
                String key = NATIONS.get(nation.group(1).replaceAll("\\s+", " "));
                boost(scores, m, c -> key.equals(c.admin1Key()), "the " + nation.group().strip());
            }
        }
    }

    /** Whether the mention before (a country's adjective, or a state) introduces the name; if so, boosts. */
    private boolean introducedBy(DocumentScores scores, int before, int m, String text) {
        Mention adjective = scores.mention(before);
        Mention name = scores.mention(m);
        if (adjective.passage() != name.passage() || adjective.end() > name.start()
                || !BETWEEN.matcher(text.substring(adjective.end(), name.start())).matches()) {
            return false;
        }
        String phrase = text.substring(Math.max(0, adjective.start() - 4), name.start()).strip();
        if (adjective.associative()) {
            String country = countryOf(adjective);
            return country != null && boost(scores, m, c -> country.equals(c.countryCode()), phrase);
        }
        Set<String> units = new HashSet<>();
        for (NameMatch match : adjective.candidates()) {
            if (match.place().kind() == PlaceKind.ADMIN1 && match.place().admin1Key() != null) {
                units.add(match.place().admin1Key());
            }
        }
        return !units.isEmpty() && boost(scores, m, c -> units.contains(c.admin1Key()), phrase);
    }

    /** Adds the bonus to the mention's candidates that lie where the phrase says; whether any did. */
    private boolean boost(DocumentScores scores, int m, Predicate<Place> in,
                          String phrase) {
        boolean any = false;
        for (int c = 0; c < scores.candidates(m).size(); c++) {
            if (in.test(scores.candidates(m).get(c).place())) {
                scores.add(m, c, this, BONUS, () -> "introduced as “" + phrase + "”");
                any = true;
            }
        }
        return any;
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

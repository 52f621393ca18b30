package org.newsatlas.geoparse;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The closed word classes the extractor's chunk rules use; general English, not tied to any corpus. */
final class ChunkVocabulary {

    /**
     * A chunk containing one of these names an organisation, medium, company, event or structure that is only
     * named after a place ("Shanghai Cooperation Organization", "Moscow Carnegie Center"): no place mention.
     */
    private static final Set<String> NAMED_AFTER_WORDS = Set.of("organization", "organisation", "cooperation",
            "center", "centre", "institute", "bank", "party", "times", "post", "news", "press", "tribune", "herald",
            "journal", "gazette", "daily", "magazine", "radio", "television", "tv", "broadcasting", "company",
            "corporation", "corp", "inc", "ltd", "llc", "group", "club", "team", "league", "games", "cup",
            "festival", "summit", "treaty", "accord", "declaration", "initiative", "exercise", "exercises",
            "operation", "fund", "foundation", "stadium", "museum", "mall", "airlines", "airways", "street",
            "avenue", "road", "boulevard", "bridge", "square", "park", "hall", "church", "hospital",
            "airport", "railway", "hotel", "restaurant", "theater", "theatre", "prize", "award", "awards");

    /**
     * An institution of the place it is named for ("Ohio Department of Development", "Georgia Bureau of
     * Investigation", "Gainesville Police"): the leading place name is a mention, as annotated corpora count it.
     */
    private static final Set<String> INSTITUTION_WORDS = Set.of("university", "college", "school", "schools",
            "academy", "department", "ministry", "council", "bureau", "office", "agency", "service", "services",
            "commission", "committee", "board", "court", "senate", "house", "assembly", "legislature", "parliament",
            "congress", "government", "administration", "police", "sheriff", "army", "navy", "forces", "command",
            "guard", "patrol", "highway", "authority", "association", "society", "federation", "union", "attorney", "census",
            "district", "county", "state", "city", "supreme");

    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "ramadan", "thanksgiving");

    /** Titles and roles before a person's name: "President Ghani", "Gen. Lapin", "Mr. Lee". */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "president", "minister",
            "premier", "chancellor", "secretary", "ambassador", "general", "gen", "colonel", "col", "lieutenant",
            "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "commander", "governor",
            "gov", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "judge", "justice",
            "mayor", "sheriff", "chief", "officer", "deputy", "detective", "pope", "king", "queen", "prince",
            "princess", "sheikh", "emir", "ayatollah", "imam", "rev", "reverend", "father", "sister", "brother",
            "prof", "professor", "coach", "chairman", "spokesman", "spokeswoman", "director",
            "leader", "dean", "trooper", "sir", "lord", "lady", "dame", "pastor", "bishop", "cardinal");

    /** Capitalised only because they open a sentence or a heading; stripped from a chunk's start. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "to", "from",
            "for", "by", "with", "and", "but", "or", "as", "if", "when", "while", "after", "before", "since",
            "during", "of", "into", "near", "across", "outside", "inside", "throughout", "both", "this", "that",
            "these", "those", "some", "many", "most", "all", "several", "meanwhile", "also", "then", "now",
            "however", "although", "though", "unlike", "like", "via", "between", "among", "around", "along",
            "about", "over", "under", "beyond", "within", "without", "toward", "towards", "against", "where",
            "until", "despite", "including", "every", "each", "neither", "either", "so", "yet", "only", "even",
            "here", "there", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "northeast", "northwest", "southeast", "southwest", "downtown", "rural", "greater");

    /** Lower-case words allowed inside a name ("Isle of Man", "Trinidad and Tobago", "Rio de Janeiro"). */
    private static final Set<String> CONNECTORS = Set.of("of", "and", "de", "del", "da", "di", "do", "dos", "du",
            "des", "la", "le", "upon", "on", "al", "el", "y", "the", "en", "sur", "am", "im");

    /**
     * Combining forms of country names that are not names themselves ("Sino-Russian"): a small curated
     * list, since no names file has them.
     */
    private static final Map<String, String> COMBINING_FORMS = Map.ofEntries(Map.entry("sino", "CN"),
            Map.entry("russo", "RU"), Map.entry("indo", "IN"), Map.entry("anglo", "GB"), Map.entry("franco", "FR"),
            Map.entry("italo", "IT"), Map.entry("germano", "DE"), Map.entry("hispano", "ES"),
            Map.entry("greco", "GR"), Map.entry("austro", "AT"), Map.entry("turko", "TR"),
            Map.entry("japano", "JP"), Map.entry("afghano", "AF"), Map.entry("irano", "IR"),
            Map.entry("americo", "US"), Map.entry("nippo", "JP"));

    private ChunkVocabulary() {
    }

    static boolean isNamedAfterWord(String word) {
        return NAMED_AFTER_WORDS.contains(lower(word));
    }

    static boolean isInstitutionWord(String word) {
        return INSTITUTION_WORDS.contains(lower(word));
    }

    /** Day and month names and holidays: capitalised, never places in news text even where GeoNames has one. */
    static boolean isCalendarWord(String word) {
        return CALENDAR_WORDS.contains(lower(word));
    }

    static boolean isTitle(String word) {
        return TITLES.contains(lower(word));
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(lower(word));
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word);
    }

    /** The ISO alpha-2 code a combining form stands for ("Sino" → "CN"), or null. */
    static String combiningFormCountry(String word) {
        return COMBINING_FORMS.get(lower(word));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}

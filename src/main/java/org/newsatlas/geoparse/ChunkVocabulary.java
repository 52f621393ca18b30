package org.newsatlas.geoparse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsatlas.gazetteer.PlaceNameSuffixes;

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

    /** Heads that make a preceding place name part of a disease's name ("Reston ebolavirus", "Lassa fever"). */
    private static final Set<String> EPONYM_HEADS = Set.of("virus", "ebolavirus", "fever", "flu", "influenza");

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

    /** Word classes, as bits for {@link Token#is}. */
    static final int NAMED_AFTER = 1;
    static final int INSTITUTION = 1 << 1;
    static final int CALENDAR = 1 << 2;
    static final int TITLE = 1 << 3;
    static final int FUNCTION = 1 << 4;
    /** Only for the lower-case word itself: connectors are matched case-sensitively ("of", not "Of"). */
    static final int CONNECTOR = 1 << 5;
    /** {@link PlaceNameSuffixes#isSuffixWord}. */
    static final int SUFFIX = 1 << 6;
    /** {@link PlaceNameSuffixes#isAdministrativeSuffix}. */
    static final int ADMINISTRATIVE_SUFFIX = 1 << 7;
    /** Only for the lower-case word itself, as connectors. */
    static final int EPONYM_HEAD = 1 << 8;
    private static final int LOWER_CASE_ONLY = CONNECTOR | EPONYM_HEAD;
    /**
     * Calendar, function, title, institution, named-after and suffix words: never a name, neither of a place
     * on its own nor part of a person's.
     */
    static final int NEVER_A_NAME = CALENDAR | FUNCTION | TITLE | INSTITUTION | NAMED_AFTER | SUFFIX;

    /**
     * Every word of a class above (lower-case) and its class bits, in an open-addressing table by
     * {@link String#hashCode}: one probe per token instead of one per class, and for ASCII tokens without
     * making their lower-case form.
     */
    private static final int TABLE_BITS = 10;
    private static final String[] WORDS = new String[1 << TABLE_BITS];
    private static final int[] CLASSES = new int[1 << TABLE_BITS];

    static {
        classes().forEach((word, classes) -> {
            int slot = slot(word.hashCode());
            while (WORDS[slot] != null) {
                slot = (slot + 1) & (WORDS.length - 1);
            }
            WORDS[slot] = word;
            CLASSES[slot] = classes;
        });
    }

    private ChunkVocabulary() {
    }

    private static Map<String, Integer> classes() {
        Map<String, Integer> classes = new HashMap<>();
        add(classes, NAMED_AFTER_WORDS, NAMED_AFTER);
        add(classes, INSTITUTION_WORDS, INSTITUTION);
        add(classes, CALENDAR_WORDS, CALENDAR);
        add(classes, TITLES, TITLE);
        add(classes, FUNCTION_WORDS, FUNCTION);
        add(classes, CONNECTORS, CONNECTOR);
        add(classes, EPONYM_HEADS, EPONYM_HEAD);
        add(classes, PlaceNameSuffixes.suffixWords(), SUFFIX);
        add(classes, PlaceNameSuffixes.administrativeSuffixes(), ADMINISTRATIVE_SUFFIX);
        if (classes.size() > WORDS.length / 2) {
            throw new IllegalStateException("vocabulary table too small for " + classes.size() + " words");
        }
        return classes;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> TABLE_BITS) ^ (hash >>> 2 * TABLE_BITS)) & (WORDS.length - 1);
    }

    private static void add(Map<String, Integer> classes, Set<String> words, int wordClass) {
        for (String word : words) {
            classes.merge(word, wordClass, (a, b) -> a | b);
        }
    }

    /**
     * The class bits of the word text[start, end): those of its lower-case form ({@link Locale#ROOT}), but
     * {@link #CONNECTOR} and {@link #EPONYM_HEAD} only if it is written in lower case.
     */
    static int classesOf(String text, int start, int end) {
        int hash = 0;
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                String word = text.substring(start, end);
                String lower = word.toLowerCase(Locale.ROOT);
                int classes = classesOfLowerCase(lower);
                return word.equals(lower) ? classes : classes & ~LOWER_CASE_ONLY;
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                upper = true;
            }
            hash = 31 * hash + c; // String.hashCode of the lower-case form
        }
        for (int slot = slot(hash); WORDS[slot] != null; slot = (slot + 1) & (WORDS.length - 1)) {
            if (WORDS[slot].length() == end - start && equalsIgnoringAsciiCase(WORDS[slot], text, start)) {
                return upper ? CLASSES[slot] & ~LOWER_CASE_ONLY : CLASSES[slot];
            }
        }
        return 0;
    }

    private static int classesOfLowerCase(String lower) {
        for (int slot = slot(lower.hashCode()); WORDS[slot] != null; slot = (slot + 1) & (WORDS.length - 1)) {
            if (WORDS[slot].equals(lower)) {
                return CLASSES[slot];
            }
        }
        return 0;
    }

    /** Whether the lower-case ASCII word equals text[start, start + word.length()) lower-cased (ASCII text). */
    private static boolean equalsIgnoringAsciiCase(String word, String text, int start) {
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(start + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The ISO alpha-2 code a combining form stands for ("Sino" → "CN"), or null. */
    static String combiningFormCountry(Token token) {
        return COMBINING_FORMS.get(token.lower());
    }
}

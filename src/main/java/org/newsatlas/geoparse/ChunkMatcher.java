package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.MatchType;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.gazetteer.PlaceNameSuffixes;

/**
 * The rules that turn one passage's proper-noun chunks into mentions, in order: a chunk after or starting
 * with a title is a person; the whole chunk (or the chunk without a sentence-opening function word, or
 * without a generic suffix such as "County") is a place; a chunk naming something merely named after a
 * place ("Shanghai Cooperation Organization") is not; hyphen- and connector-joined parts are tried one by
 * one ("Sino-Russian", "Russia-China"); finally a leading country, admin-1 or demonym followed by a common
 * noun ("U.S. Attorney", "Texas Department of ...", "Gainesville Police") is a mention. A name joined to a year by
 * a hyphen ("Kavkaz-2020") names an exercise or event, and an adjective after "in", "into" or "speaks" that ends
 * its phrase ("speaks in French.") a language: neither is a place. An airport's name may end in a lower-case
 * "airport" after the chunk ("JFK airport").
 */
final class ChunkMatcher {

    /** Words before a language: "in", "into", "speaks", "fluent in" ... right before the adjective. */
    private static final java.util.regex.Pattern LANGUAGE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:in|into|from|speaks?|spoke|speaking|fluent in|translated (?:in)?to)\\s+$");
    /**
     * The phrase ends right after the word: punctuation, the end of the text, or a word that begins another phrase
     * ("speaks in Spanish at rallies", "wrote in Arabic to the council"); not a noun ("in Russian territory").
     */
    private static final java.util.regex.Pattern PHRASE_ENDS = java.util.regex.Pattern.compile(
            "\\s*(?:[.,;:!?)\"\u201d\u2019]|$)|\\s+(?:at|to|with|on|during|about|for|while|when|because|as|but|"
                    + "before|after|since|until|in)\\b");
    /** A hyphen or dash, then a year, right after a name ("Kavkaz-2020", "Zapad–2021"). */
    private static final java.util.regex.Pattern YEAR_JOINED = java.util.regex.Pattern.compile(
            "[-\u2010\u2011\u2013]\\s?(?:19|20)\\d{2}(?![\\d.,]\\d|\\d)");

    private final Gazetteer gazetteer;
    private final EnglishWords englishWords;
    private final PersonNames personNames;
    private final String text;
    private final int passage;
    private final List<Token> tokens;
    private final MentionFactory factory;

    ChunkMatcher(Gazetteer gazetteer, EnglishWords englishWords, PersonNames personNames, String text, int passage,
                 List<Token> tokens) {
        this.gazetteer = gazetteer;
        this.englishWords = englishWords;
        this.personNames = personNames;
        this.text = text;
        this.passage = passage;
        this.tokens = tokens;
        this.factory = new MentionFactory(text, passage, tokens, englishWords, personNames);
    }

    List<Mention> match(int from, int to) {
        return matchRules(from, to).stream().filter(m -> !joinedToAYear(m) && !namesALanguage(m)).toList();
    }

    /**
     * An adjective that names a language where it is spoken or written in ("speaks in French.", "answered in
     * English, then in Russian", "translated into Arabic") is no mention of the country: the word after it ends
     * the phrase. "in Russian territory" stays a mention of Russia.
     */
    private boolean namesALanguage(Mention m) {
        return m.associative()
                && LANGUAGE_BEFORE.matcher(text).useTransparentBounds(true)
                        .region(Math.max(0, m.start() - 24), m.start()).find()
                && PHRASE_ENDS.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /**
     * A name joined to a year names an exercise, an operation or an event, not the town it shares its name with:
     * "Kavkaz-2020" is a Russian exercise, not Caucasia in Colombia; "Vostok-2018" not the village of Vostok.
     */
    private boolean joinedToAYear(Mention m) {
        return YEAR_JOINED.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    private List<Mention> matchRules(int from, int to) {
        Token first = tokens.get(from);
        if (first.is(ChunkVocabulary.TITLE) || PersonNames.precededByTitle(tokens, from)
                || namesADisease(to)) {
            return List.of();
        }
        List<Mention> withTail = withLowerCaseTail(from, to);
        if (withTail != null) {
            return withTail;
        }
        Mention whole = lookup(from, to, true);
        if (whole != null) {
            return List.of(whole);
        }
        int start = from;
        while (start < to - 1 && tokens.get(start).is(ChunkVocabulary.FUNCTION)) {
            start++;
        }
        Mention stripped = start > from ? lookup(start, to, true) : null;
        if (stripped != null) {
            return List.of(stripped);
        }
        boolean institution = false;
        for (int i = start; i < to; i++) {
            if (tokens.get(i).is(ChunkVocabulary.NAMED_AFTER)) {
                return List.of();
            }
            institution |= tokens.get(i).is(ChunkVocabulary.INSTITUTION);
        }
        List<Mention> parts = split(from, start, to, institution);
        if (!parts.isEmpty()) {
            return parts;
        }
        Mention leading = leadingName(start, to, institution);
        return leading == null ? List.of() : List.of(leading);
    }

    /**
     * "Ministry of Commerce", "Department of Energy", "Bureau of Labor": after an institution and "of", an ordinary
     * English word that only towns are named (Commerce, California; Energy, Illinois) names the institution's
     * field, not a place. A country, a state or a region stays a place ("Ministry of Russia", "University of
     * Georgia").
     */
    private boolean namesAnInstitutionsField(Mention part, int from, int to) {
        return to - from == 1 && from >= 2 && tokens.get(from - 1).textIs("of")
                && tokens.get(from - 2).is(ChunkVocabulary.INSTITUTION) && englishWords.contains(tokens.get(from))
                && part.candidates().stream().allMatch(c -> c.place().kind() == PlaceKind.CITY);
    }

    /**
     * A name that goes on in lower case after the chunk, which the chunker stopped at: a region ("the Baltic states",
     * "the Gulf states", "Nordic countries") or an airport ("JFK airport", "Heathrow airport": news writes "airport"
     * in lower case more often than not). The name begins at the chunk's start, after its leading function words or
     * after a connector ("Heathrow and JFK airport", "Sahel and the Baltic states"); the part before it is matched
     * as a chunk of its own. Null when there is no such name: "Kabul airport" names no airport, the chunk stays the
     * city.
     */
    private List<Mention> withLowerCaseTail(int from, int to) {
        if (to >= tokens.size() || !tokens.get(to).joinedBySpace() || tokens.get(to).capitalised()
                || tokens.get(to - 1).possessive()) {
            return null;
        }
        boolean airport = tokens.get(to).textIs("airport");
        int stripped = from;
        while (stripped < to - 1 && tokens.get(stripped).is(ChunkVocabulary.FUNCTION)) {
            stripped++;
        }
        for (int start = from; start < to; start++) {
            if (start != from && start != stripped && !tokens.get(start - 1).is(ChunkVocabulary.CONNECTOR)) {
                continue;
            }
            Mention m = lookup(start, to + 1, false);
            if (m != null && (m.candidates().stream().allMatch(c -> c.place().kind() == PlaceKind.REGION)
                    || airport && m.candidates().stream().anyMatch(c -> c.place().kind() == PlaceKind.SITE))) {
                int before = start;
                while (before > from && tokens.get(before - 1).is(ChunkVocabulary.CONNECTOR)) {
                    before--;
                }
                List<Mention> out = new ArrayList<>(before > from && start != stripped
                        ? matchRules(from, before) : List.of());
                out.add(m);
                return out;
            }
        }
        return null;
    }

    private boolean namesADisease(int to) {
        int i = to;
        return i < tokens.size() && tokens.get(i).joinedBySpace() && tokens.get(i).is(ChunkVocabulary.EPONYM_HEAD);
    }

    /**
     * Splits at connectors ("Department of Justice and the Georgia Bureau"), then each part at hyphens. A
     * hyphenated part counts only if every piece is a name or combining form ("Sino-Russian", not "Wal-Mart");
     * a part that is not a name may still lead with one ("Georgia Bureau").
     */
    private List<Mention> split(int chunkFrom, int from, int to, boolean institution) {
        List<Integer> ends = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(ChunkVocabulary.CONNECTOR)) {
                ends.add(i);
            }
        }
        ends.add(to);
        if (ends.size() == 1 && !hasHyphen(from, to)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        int partStart = from;
        for (int e = 0; e < ends.size(); e++) {
            if (ends.get(e) > partStart) {
                int reached = longestPart(chunkFrom, from, partStart, ends, e, to, out);
                if (reached < 0) {
                    List<Mention> pieces = hyphenPieces(partStart, ends.get(e));
                    Mention leading = pieces.isEmpty() ? leadingName(partStart, ends.get(e), institution) : null;
                    out.addAll(leading != null ? List.of(leading) : pieces);
                } else {
                    e = reached;
                }
            }
            partStart = ends.get(e) < to ? ends.get(e) + 1 : to;
        }
        return out;
    }

    /**
     * The longest name from {@code partStart} to one of {@code ends} at or after {@code ends[e]}, across connectors
     * ("the Horn of Africa and Latin America" has the Horn of Africa), added to {@code out}; the index of its end
     * in {@code ends}, or -1. The first part also tries the words stripped from the chunk's start ("East Africa
     * and Southeast Asia" has East Africa, not Africa); the whole chunk was tried before.
     */
    private int longestPart(int chunkFrom, int from, int partStart, List<Integer> ends, int e, int to,
                            List<Mention> out) {
        for (int k = ends.size() - 1; k >= e; k--) {
            int end = ends.get(k);
            if (partStart == from && end == to) {
                continue;
            }
            Mention part = partStart == from && from > chunkFrom ? lookup(chunkFrom, end, true) : null;
            part = part != null ? part : lookup(partStart, end, true);
            if (part != null) {
                if (!namesAnInstitutionsField(part, partStart, end)) {
                    out.add(part);
                }
                return k;
            }
        }
        return -1;
    }

    private boolean hasHyphen(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (tokens.get(i).joinedByHyphen()) {
                return true;
            }
        }
        return false;
    }

    /** The pieces of a hyphenated part, or none unless every piece is a name or a combining form. */
    private List<Mention> hyphenPieces(int from, int to) {
        if (!hasHyphen(from, to)) {
            return List.of();
        }
        List<Mention> pieces = new ArrayList<>();
        int pieceStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || tokens.get(i).joinedByHyphen()) {
                Mention piece = i - pieceStart == 1 && i < to ? combiningForm(pieceStart) : null;
                piece = piece != null ? piece : lookup(pieceStart, i, true);
                if (piece == null) {
                    return List.of();
                }
                pieces.add(piece);
                pieceStart = i;
            }
        }
        return pieces;
    }

    private Mention combiningForm(int index) {
        String country = ChunkVocabulary.combiningFormCountry(tokens.get(index));
        return country == null ? null : gazetteer.country(country).map(place -> factory.mention(index, index + 1,
                List.of(new NameMatch(place, MatchType.ASSOCIATIVE)))).orElse(null);
    }

    /**
     * "U.S. Attorney", "Texas Forest Service", "Gainesville Police", "Laurel County Clerk": the longest leading
     * name (with an administrative suffix such as County, not with State or City: "Ohio State University").
     */
    private Mention leadingName(int from, int to, boolean institution) {
        for (int k = to - 1; k > from; k--) {
            if (!englishWords.contains(tokens.get(k))) {
                continue;
            }
            boolean adminSuffix = tokens.get(k - 1).is(ChunkVocabulary.ADMINISTRATIVE_SUFFIX);
            Mention m = lookup(from, k, adminSuffix);
            if (m != null && tokens.get(k - 1).text().equals("City") && k - 1 > from
                    && m.candidates().stream().noneMatch(c -> c.type() == MatchType.NAME)) {
                continue; // "Dublin City Council": the council of the city of Dublin; "Kansas City" stays
            }
            if (m != null && (institution || m.candidates().stream().anyMatch(ChunkMatcher::isLarge))) {
                return m;
            }
        }
        return null;
    }

    private static boolean isLarge(NameMatch match) {
        PlaceKind kind = match.place().kind();
        return match.type() != MatchType.LOOSE && kind != PlaceKind.CITY && kind != PlaceKind.SITE;
    }

    /** {@link PlaceNameSuffixes#suffixLength} of the words of tokens [from, to). */
    private int suffixLength(int from, int to) {
        if (to - from >= 3 && PlaceNameSuffixes.isTwoWordSuffix(tokens.get(to - 2).text(), tokens.get(to - 1).text())) {
            return 2;
        }
        return to - from >= 2 && tokens.get(to - 1).is(ChunkVocabulary.SUFFIX) ? 1 : 0;
    }

    private Mention lookup(int from, int to, boolean stripSuffix) {
        if (to - from == 1 && !factory.canBeSingleName(from)) {
            return null;
        }
        int start = tokens.get(from).start();
        // one token: its own text, whose hash the other rules' lookups of it share
        List<NameMatch> candidates = gazetteer.lookup(to - from == 1 ? tokens.get(from).text()
                : text.substring(start, tokens.get(to - 1).end()));
        if (candidates.isEmpty() && stripSuffix && to - from >= 2) {
            int cut = suffixLength(from, to);
            if (cut > 0) {
                candidates = gazetteer.lookup(text.substring(start, tokens.get(to - 1 - cut).end()));
            }
        }
        return candidates.isEmpty() ? null : factory.mention(from, to, candidates);
    }
}

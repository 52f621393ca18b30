package org.newsatlas.geoparse;

import java.util.List;
import org.newsatlas.gazetteer.MatchType;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * Makes a {@link Mention} of tokens [from, to) and applies the single-word rules: calendar, function and
 * title words are never names; short abbreviations ("Tex.", "Ind.") only name admin-1 units; short all-capital
 * tokens ("UN", "IRS") only name countries or admin-1 units; a surname used for a person in the document only
 * survives as a country or admin-1 unit; ordinary English words need support.
 */
final class MentionFactory {

    static final long VILLAGE_POPULATION = 5000;

    private final String text;
    private final int passage;
    private final List<Token> tokens;
    private final EnglishWords englishWords;
    private final PersonNames personNames;

    MentionFactory(String text, int passage, List<Token> tokens, EnglishWords englishWords, PersonNames personNames) {
        this.text = text;
        this.passage = passage;
        this.tokens = tokens;
        this.englishWords = englishWords;
        this.personNames = personNames;
    }

    /** "Tex.", "Tenn.", "Calif.": a short mixed-case word before a dot (which then belongs to the mention). */
    private boolean isShortAbbreviation(Token t) {
        return t.text().length() <= 5 && !t.allCaps() && t.end() < text.length() && text.charAt(t.end()) == '.'
                && !t.possessive();
    }

    /** An admin-1 unit has it as an alternate name ("Tenn."), and no unit or country as its own ("Texas."). */
    private static boolean isAdmin1Abbreviation(List<NameMatch> candidates) {
        return candidates.stream().anyMatch(m -> m.place().kind() == PlaceKind.ADMIN1
                && m.type() == MatchType.ALTERNATE_NAME) && candidates.stream().noneMatch(m -> m.type() == MatchType.NAME
                && m.place().kind() != PlaceKind.CITY);
    }

    boolean canBeSingleName(int index) {
        String word = tokens.get(index).text();
        return !ChunkVocabulary.isCalendarWord(word) && !ChunkVocabulary.isFunctionWord(word)
                && !ChunkVocabulary.isTitle(word) && !ChunkVocabulary.isInstitutionWord(word)
                && !ChunkVocabulary.isNamedAfterWord(word) && !org.newsatlas.gazetteer.PlaceNameSuffixes.isSuffixWord(word);
    }

    /** The mention, or null when the single-word rules leave no candidate. */
    Mention mention(int from, int to, List<NameMatch> candidates) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        List<NameMatch> associative = candidates.stream().filter(m -> m.type() == MatchType.ASSOCIATIVE).toList();
        List<NameMatch> kept = associative.isEmpty() ? withoutVillageAliases(candidates) : associative;
        boolean needsSupport = false;
        if (to - from == 1) {
            Token only = tokens.get(from);
            if ((only.allCaps() && only.text().replace(".", "").length() <= 4) || personNames.contains(only.text())) {
                kept = kept.stream().filter(MentionFactory::isCountryOrAdmin1).toList();
                needsSupport = personNames.contains(only.text());
            }
            needsSupport |= !only.allCaps() && englishWords.contains(only.text());
            if (isShortAbbreviation(only) && isAdmin1Abbreviation(kept)) {
                kept = kept.stream().filter(m -> m.place().kind() == PlaceKind.ADMIN1).toList();
                end++;
            }
        }
        return kept.isEmpty() ? null : new Mention(text.substring(start, end), start, end, passage,
                !associative.isEmpty(), kept, needsSupport);
    }

    /**
     * Drops villages (population under {@value #VILLAGE_POPULATION}) matched only by an alternate name: GeoNames
     * keeps old and foreign names of small places that are ordinary words or names elsewhere ("Taliban").
     */
    private static List<NameMatch> withoutVillageAliases(List<NameMatch> candidates) {
        return candidates.stream().filter(m -> !(m.type() != MatchType.NAME && m.place().kind() == PlaceKind.CITY
                && m.place().population() < VILLAGE_POPULATION)).toList();
    }

    private static boolean isCountryOrAdmin1(NameMatch m) {
        return m.place().kind() == PlaceKind.COUNTRY || m.place().kind() == PlaceKind.ADMIN1
                || m.place().kind() == PlaceKind.CONTINENT;
    }
}

package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newsatlas.gazetteer.Admin1Abbreviations;
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
                && !t.possessive() && Admin1Abbreviations.isDottedWord(t.text());
    }

    /** An admin-1 unit has it as an alternate name ("Tenn."), and no unit or country as its own ("Texas."). */
    private static boolean isAdmin1Abbreviation(List<NameMatch> candidates) {
        boolean unitAlternate = false;
        for (NameMatch m : candidates) {
            if (m.type() == MatchType.NAME && m.place().kind() != PlaceKind.CITY) {
                return false;
            }
            unitAlternate |= m.place().kind() == PlaceKind.ADMIN1 && m.type() == MatchType.ALTERNATE_NAME;
        }
        return unitAlternate;
    }

    boolean canBeSingleName(int index) {
        return !tokens.get(index).is(ChunkVocabulary.NEVER_A_NAME);
    }

    /** The mention, or null when the single-word rules leave no candidate. */
    Mention mention(int from, int to, List<NameMatch> candidates) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        List<NameMatch> associative = filter(candidates, m -> m.type() == MatchType.ASSOCIATIVE);
        List<NameMatch> kept = associative.isEmpty() ? withoutVillageAliases(candidates) : associative;
        boolean needsSupport = false;
        if (to - from == 1) {
            Token only = tokens.get(from);
            boolean person = personNames.contains(only);
            if ((only.allCaps() && lengthWithoutDots(only.text()) <= 4) || person) {
                kept = filter(kept, MentionFactory::isCountryOrAdmin1);
                needsSupport = person;
            }
            needsSupport |= !only.allCaps() && englishWords.contains(only);
            if (isShortAbbreviation(only) && isAdmin1Abbreviation(kept)) {
                kept = filter(kept, m -> m.place().kind() == PlaceKind.ADMIN1);
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
        return filter(candidates, m -> !(m.type() != MatchType.NAME && m.place().kind() == PlaceKind.CITY
                && m.place().population() < VILLAGE_POPULATION));
    }

    /** The candidates kept, in order (read-only); no new list unless one is dropped before one is kept. */
    private static List<NameMatch> filter(List<NameMatch> candidates, Predicate<NameMatch> keep) {
        int firstDropped = -1;
        List<NameMatch> kept = null;
        for (int i = 0; i < candidates.size(); i++) {
            NameMatch m = candidates.get(i);
            if (!keep.test(m)) {
                firstDropped = firstDropped < 0 ? i : firstDropped;
            } else if (firstDropped >= 0) {
                if (kept == null) {
                    kept = new ArrayList<>(candidates.subList(0, firstDropped));
                }
                kept.add(m);
            }
        }
        return kept != null ? kept : firstDropped < 0 ? candidates : candidates.subList(0, firstDropped);
    }

    /** The length without dots ("U.S." → 2). */
    private static int lengthWithoutDots(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != '.') {
                n++;
            }
        }
        return n;
    }

    private static boolean isCountryOrAdmin1(NameMatch m) {
        return m.place().kind() == PlaceKind.COUNTRY || m.place().kind() == PlaceKind.ADMIN1
                || m.place().kind() == PlaceKind.CONTINENT;
    }
}

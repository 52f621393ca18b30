package org.newsatlas.geoparse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.MatchType;
import org.newsatlas.gazetteer.NameKey;

/**
 * The names a document uses for people: the words after a title ("Gen. Alexander Lapin", "president
 * Ghani") and the last word (and the first, unless a place's own name) of a two- or three-word capitalised
 * chunk that is not a place ("Roderick Lee", "Wei Fenghe"). A later lone "Lee" or "Wei" is then taken for the person.
 */
final class PersonNames {

    private final Set<String> names = new HashSet<>();
    private final Gazetteer gazetteer;
    private final EnglishWords englishWords;

    PersonNames(Gazetteer gazetteer, EnglishWords englishWords) {
        this.gazetteer = gazetteer;
        this.englishWords = englishWords;
    }

    void collect(List<Token> tokens, Chunker.Chunk chunk) {
        Token first = tokens.get(chunk.from());
        boolean titleFirst = first.is(ChunkVocabulary.TITLE);
        if (titleFirst || precededByTitle(tokens, chunk.from())) {
            for (int i = titleFirst ? chunk.from() + 1 : chunk.from(); i < chunk.to(); i++) {
                names.add(NameKey.normalize(tokens.get(i).text()));
            }
        } else if (chunk.size() >= 2 && chunk.size() <= 3 && looksLikePersonName(tokens, chunk)) {
            String lastWord = tokens.get(chunk.to() - 1).text();
            boolean firstIsOrdinaryWord = englishWords.contains(tokens.get(chunk.from()));
            if (!(firstIsOrdinaryWord && isWellKnownPlace(lastWord))) {
                names.add(NameKey.normalize(lastWord));
            }
            // surnames come first in many languages ("Wei Fenghe"); a first word that is some place's own name
            // ("Paris Hilton") is left alone
            String firstWord = tokens.get(chunk.from()).text();
            if (gazetteer.lookup(firstWord).stream().noneMatch(m -> m.type() == MatchType.NAME)) {
                names.add(NameKey.normalize(firstWord));
            }
        }
    }

    /**
     * "Rodeo Gainesville" (an ordinary word before a town of 20,000 or more, an admin-1 unit or a country) does
     * not make Gainesville a surname; "Steve Walker" makes Walker one.
     */
    private boolean isWellKnownPlace(String word) {
        return gazetteer.lookup(word).stream().anyMatch(m -> m.type() == MatchType.NAME
                && (m.place().population() >= 20_000 || m.place().kind() != org.newsatlas.gazetteer.PlaceKind.CITY));
    }

    boolean contains(Token word) {
        return names.contains(NameKey.normalize(word.text()));
    }

    private boolean looksLikePersonName(List<Token> tokens, Chunker.Chunk chunk) {
        StringBuilder whole = new StringBuilder();
        for (int i = chunk.from(); i < chunk.to(); i++) {
            Token t = tokens.get(i);
            if (t.allCaps() || i > chunk.from() && !t.joinedBySpace() || t.is(ChunkVocabulary.NEVER_A_NAME)) {
                return false;
            }
            whole.append(i > chunk.from() ? " " : "").append(t.text());
        }
        return gazetteer.lookup(whole.toString()).isEmpty();
    }

    static boolean precededByTitle(List<Token> tokens, int index) {
        return index > 0 && tokens.get(index - 1).is(ChunkVocabulary.TITLE)
                && !tokens.get(index - 1).possessive() && tokens.get(index).gap().length() <= 2;
    }
}

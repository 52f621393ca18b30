package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Groups tokens into proper-noun chunks: capitalised tokens joined by single spaces or hyphens, with
 * lower-case connectors inside ("Isle of Man", "Rio de Janeiro"). A possessive ends its chunk, so
 * "Shanghai's East China Normal University" gives "Shanghai" and "East China Normal University".
 */
final class Chunker {

    /** Abbreviations that begin names: "St. Petersburg", "Mt. Vernon", "Ft. Worth". */
    private static final java.util.Set<String> NAME_ABBREVIATIONS = java.util.Set.of("St", "Mt", "Ft", "Pt");
    private static final java.util.Set<String> CONTRACTION_ENDINGS = java.util.Set.of("re", "ve", "ll", "d", "m",
            "t");

    /** A chunk: tokens [from, to) of the passage's token list. */
    record Chunk(int from, int to) {
        int size() {
            return to - from;
        }
    }

    List<Chunk> chunks(List<Token> tokens) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !tokens.get(end - 1).possessive()) {
                int next = continuation(tokens, end);
                if (next < 0) {
                    break;
                }
                end = next;
            }
            chunks.add(new Chunk(i, end));
            i = end;
        }
        return chunks;
    }

    /** The new chunk end if tokens from {@code at} continue the chunk, else -1. */
    private static int continuation(List<Token> tokens, int at) {
        Token next = tokens.get(at);
        boolean afterAbbreviation = next.gap().equals(". ") && NAME_ABBREVIATIONS.contains(tokens.get(at - 1).text());
        boolean joined = next.joinedBySpace() || next.joinedByHyphen() || afterAbbreviation;
        if (joined && startsName(next)) {
            return at + 1;
        }
        int i = at;
        while (i < tokens.size() && i - at < 2 && tokens.get(i).joinedBySpace()
                && tokens.get(i).is(ChunkVocabulary.CONNECTOR) && !tokens.get(i).possessive()
                && (!tokens.get(i).textIs("the") || i > at && tokens.get(i - 1).textIs("of"))) {
            i++;
        }
        boolean connected = i > at && i < tokens.size() && (tokens.get(i).joinedBySpace()
                || tokens.get(i).joinedByHyphen()) && startsName(tokens.get(i));
        return connected ? i + 1 : -1;
    }

    private static boolean startsName(Token token) {
        return token.capitalised() && token.length() >= 2 && !isContraction(token);
    }

    /** "We're", "I've", "It'll", "Don't": capitalised, never names. */
    private static boolean isContraction(Token token) {
        int apostrophe = token.lastApostrophe();
        return apostrophe > 0 && CONTRACTION_ENDINGS.contains(token.text().substring(apostrophe + 1).toLowerCase(Locale.ROOT));
    }
}

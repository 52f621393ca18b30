package org.newsatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.newsatlas.gazetteer.Gazetteer;

/**
 * Finds place names by looking whole proper-noun chunks up in the gazetteer ({@link ChunkMatcher} has the
 * rules). Person names are collected over all passages first ({@link PersonNames}), so a surname used alone
 * anywhere in the document is not taken for a town; a state's code is read in the country the document is about
 * last ({@link UnitCodeInContext}).
 */
public final class DictionaryMentionExtractor implements MentionExtractor {

    private final Gazetteer gazetteer;
    private final EnglishWords englishWords;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Chunker chunker = new Chunker();

    public DictionaryMentionExtractor(Gazetteer gazetteer, EnglishWords englishWords) {
        this.gazetteer = gazetteer;
        this.englishWords = englishWords;
    }

    @Override
    public List<Mention> extract(List<String> passages) {
        List<List<Token>> tokens = passages.stream().map(tokenizer::tokenize).toList();
        List<List<Chunker.Chunk>> chunks = tokens.stream().map(chunker::chunks).toList();
        Gazetteer gazetteer = new DocumentGazetteer(this.gazetteer);
        PersonNames personNames = new PersonNames(gazetteer, englishWords);
        for (int p = 0; p < passages.size(); p++) {
            for (Chunker.Chunk chunk : chunks.get(p)) {
                personNames.collect(tokens.get(p), chunk);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            ChunkMatcher matcher = new ChunkMatcher(gazetteer, englishWords, personNames, passages.get(p), p,
                    tokens.get(p));
            for (Chunker.Chunk chunk : chunks.get(p)) {
                mentions.addAll(matcher.match(chunk.from(), chunk.to()));
            }
        }
        return new UnitCodeInContext(gazetteer).apply(mentions);
    }
}

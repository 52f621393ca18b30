package org.newsatlas.article.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** A lexicon read from a word list, one word a line, plain or gzipped ({@code .gz}). */
public final class WordListLexicon implements Lexicon {

    private final Set<String> words;

    private WordListLexicon(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static WordListLexicon load(Path path) {
        try (InputStream raw = Files.newInputStream(path)) {
            InputStream in = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
    }

    static WordListLexicon read(InputStream in) throws IOException {
        Set<String> words = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return new WordListLexicon(words);
    }

    @Override
    public boolean contains(String lowercaseWord) {
        return words.contains(lowercaseWord);
    }

    public int size() {
        return words.size();
    }
}

package org.newsatlas.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the shipped seed articles from geodata/articles (the test runs in the project directory). */
final class SeedArticles {

    static final Path DIRECTORY = Path.of("geodata", "articles");

    private SeedArticles() {
    }

    static String read(String prefix) {
        return files().stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst()
                .map(SeedArticles::readString)
                .orElseThrow(() -> new IllegalStateException("no seed article " + prefix + " in " + DIRECTORY));
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readString(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

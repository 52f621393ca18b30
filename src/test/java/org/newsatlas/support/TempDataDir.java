package org.newsatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh H2 data folder per test class, so integration tests never touch ./data. */
public final class TempDataDir {

    private TempDataDir() {
    }

    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory("news-atlas-" + prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.newsatlas.geoparse.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CLAVIN's Lucene gazetteer index, built with CLAVIN's own {@code IndexDirectoryBuilder} from a
 * GeoNames allCountries-format file (see {@link ClavinGazetteerFile}), in CLAVIN's own class loader (an index
 * of its Lucene 8; see {@link IsolatedClavin}). Built once, then reused while the directory holds an index.
 */
public final class ClavinIndex {

    private ClavinIndex() {
    }

    /** The index directory, built first if it holds no Lucene index yet. */
    public static Path ensureBuilt(IsolatedClavin clavin, Path indexDirectory, Path geoNamesFile) {
        if (isBuilt(indexDirectory)) {
            return indexDirectory;
        }
        // CLAVIN's builder is only reachable through its command line (its constructor is private);
        // with readable files and --replace-index it returns normally instead of calling System.exit.
        clavin.buildIndex(
                "--gazetteer-files", geoNamesFile.toAbsolutePath().toString(),
                "--index-path", indexDirectory.toAbsolutePath().toString(),
                "--replace-index");
        if (!isBuilt(indexDirectory)) {
            throw new IllegalStateException("CLAVIN wrote no index to " + indexDirectory);
        }
        return indexDirectory;
    }

    public static boolean isBuilt(Path indexDirectory) {
        if (!Files.isDirectory(indexDirectory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(indexDirectory)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

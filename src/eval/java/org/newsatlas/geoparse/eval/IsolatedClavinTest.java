package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CLAVIN in its own class loader, over the jars the eval profile copies into target/clavin-lib. */
class IsolatedClavinTest {

    private static final String TEXT = "Flights from Dallas were cancelled.";

    @TempDir
    Path temp;

    private Function<String, List<double[]>> clavinOverTheSampleGazetteer() throws Exception {
        Path geodata = AnnotatedCorpusReaderTest.fixtures().resolve("geodata");
        Path gazetteer = ClavinGazetteerFile.write(temp.resolve("allCountries.txt"),
                geodata.resolve("cities500-sample.txt"), geodata);
        IsolatedClavin clavin = IsolatedClavin.open(Path.of("target", "clavin-lib"));
        return clavin.parser(ClavinIndex.ensureBuilt(clavin, temp.resolve("index"), gazetteer));
    }

    @Test
    void clavin_builds_its_index_and_finds_dallas_at_its_offsets_and_point() throws Exception {
        List<double[]> spans = clavinOverTheSampleGazetteer().apply(TEXT);

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(TEXT.substring((int) span[0], (int) span[1])).isEqualTo("Dallas");
            assertThat(span[2]).isEqualTo(32.78);
            assertThat(span[3]).isEqualTo(-96.8);
        });
    }

    @Test
    void clavin_runs_on_its_lucene_8_while_the_harness_keeps_the_apps_lucene_9() throws Exception {
        ClassLoader clavinLoader = clavinOverTheSampleGazetteer().getClass().getClassLoader();

        assertThat(clavinLoader).isNotSameAs(getClass().getClassLoader());
        assertThat(clavinLoader.loadClass("org.apache.lucene.util.Version").getField("LATEST").get(null))
                .hasToString("8.5.2");
        assertThat(org.apache.lucene.util.Version.LATEST.major).isEqualTo(9);
    }
}

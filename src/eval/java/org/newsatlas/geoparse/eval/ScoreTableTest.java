package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTableTest {

    private static final PublishedResult CLAVIN_ON_LGL =
            new PublishedResult("LGL", "CLAVIN (Java)", .808, .444, .573, .701, .262, "Wang & Hu 2019 (EUPEG)");

    @Test
    void a_measured_row_shows_every_column_and_the_published_row_follows_its_corpus() {
        CorpusScore measured = new CorpusScore("ours", "LGL", new RecognitionScore(4, 5, 3),
                new RecognitionScore(4, 5, 4), ResolutionScore.of(List.of(0.0, 10.0, 200.0, 161.0)), 12000, 0.5);

        String[] lines = new ScoreTable(List.of(CLAVIN_ON_LGL)).format(List.of(measured)).split("\n");

        assertThat(lines[1]).startsWith("ours").contains("0.750 0.600 0.667").contains("1.000 0.800 0.889")
                .contains("0.500").contains("92.8").contains("85.5").endsWith("24000");
        assertThat(lines[2]).startsWith("CLAVIN (Java) (published)").contains("0.808 0.444 0.573")
                .contains("0.701 0.262").doesNotContain("24000");
        assertThat(lines[3]).contains("Wang & Hu 2019 (EUPEG)");
    }

    @Test
    void the_speed_of_the_first_system_is_given_as_a_multiple_of_each_other_systems_on_each_corpus() {
        CorpusScore oursOnLgl = score("ours", "LGL", 30000, 1.0);
        CorpusScore theirsOnLgl = score("theirs", "LGL", 30000, 12.0);
        CorpusScore oursOnGeoVirus = score("ours", "GeoVirus", 10000, 1.0);
        CorpusScore theirsOnGeoVirus = score("theirs", "GeoVirus", 10000, 40.0);

        String table = new ScoreTable(List.of()).format(List.of(oursOnLgl, theirsOnLgl, oursOnGeoVirus,
                theirsOnGeoVirus));

        assertThat(table).contains("ours ÷ theirs words/s: LGL 12.0×, GeoVirus 40.0×\n");
    }

    @Test
    void one_system_alone_gets_no_speed_ratio() {
        assertThat(new ScoreTable(List.of()).format(List.of(score("ours", "LGL", 30000, 1.0)))).doesNotContain("÷");
    }

    @Test
    void published_results_of_a_corpus_not_measured_are_still_listed() {
        String table = new ScoreTable(PublishedResult.WANG_AND_HU_2019).format(List.of());

        assertThat(table).contains("DM_NLP (published)").contains("0.917 0.916 0.917");
        assertThat(table.lines().filter(line -> line.contains("(published)")).count()).isEqualTo(8);
    }

    private static CorpusScore score(String system, String corpus, long words, double seconds) {
        return new CorpusScore(system, corpus, new RecognitionScore(4, 5, 3), new RecognitionScore(4, 5, 4),
                ResolutionScore.of(List.of(0.0)), words, seconds);
    }
}

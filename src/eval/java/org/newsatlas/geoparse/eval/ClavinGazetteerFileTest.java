package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClavinGazetteerFileTest {

    @TempDir
    Path temp;

    private List<String[]> written() throws Exception {
        Path geodata = AnnotatedCorpusReaderTest.fixtures().resolve("geodata");
        Path file = ClavinGazetteerFile.write(temp.resolve("allCountries.txt"),
                geodata.resolve("cities500-sample.txt"), geodata);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> line.split("\t", -1)).toList();
    }

    @Test
    void every_row_has_the_nineteen_geonames_columns_and_the_cities_come_unchanged() throws Exception {
        List<String[]> rows = written();

        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(19));
        assertThat(rows).filteredOn(row -> row[1].equals("Dallas")).singleElement()
                .satisfies(row -> assertThat(row[14]).isEqualTo("1300000"));
    }

    @Test
    void clavins_formal_country_rows_get_the_short_english_names() throws Exception {
        List<String[]> rows = written();

        assertThat(rows).filteredOn(row -> row[1].equals("Arab Republic of Egypt")).singleElement()
                .satisfies(row -> assertThat(row[3].split(",")).contains("Egypt"));
        assertThat(rows).filteredOn(row -> row[7].startsWith("PCL") && row[8].equals("GB")).singleElement()
                .satisfies(row -> assertThat(row[3].split(",")).contains("United Kingdom", "UK", "Great Britain"));
    }

    @Test
    void an_admin1_unit_becomes_an_adm1_row_peopled_by_its_towns() throws Exception {
        String[] texas = written().stream().filter(row -> row[1].equals("Texas")).findFirst().orElseThrow();

        assertThat(texas[7]).isEqualTo("ADM1");
        assertThat(texas[8]).isEqualTo("US");
        assertThat(texas[10]).isEqualTo("TX");
        assertThat(texas[3]).isEqualTo("TX,Tex.");
        assertThat(texas[14]).isEqualTo("2200000"); // Austin 900,000 + Dallas 1,300,000
    }
}

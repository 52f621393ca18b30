package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar news-atlas.jar geoparse ...} run in-process: JSON per file, one-line errors for bad files. */
class GeoparseCommandIT {

    @TempDir
    Path dir;

    @Test
    void good_files_print_json_and_bad_files_get_one_line_errors_while_the_rest_is_processed() throws Exception {
        String text = "Kabul fell on Sunday.\r\n\r\nFighting spread to Faizabad in Badakhshan last month, "
                + "officials in Dushanbe said.";
        Path good = Files.writeString(dir.resolve("kabul.txt"), text);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path missing = dir.resolve("missing.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = CommandLine.standard().run(new String[] {"geoparse", "--date", "2021-08-19", empty.toString(),
                good.toString(), binary.toString(), missing.toString()}, print(out), print(err));

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode doc = new ObjectMapper().readTree(lines[0]);
        assertThat(doc.path("document").asText()).isEqualTo("kabul.txt");
        JsonNode faizabad = null;
        for (JsonNode m : doc.path("mentions")) {
            assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("text").asText());
            if (m.path("text").asText().equals("Faizabad")) {
                faizabad = m;
            }
        }
        assertThat(faizabad).isNotNull();
        assertThat(faizabad.path("place").path("countryCode").asText()).isEqualTo("AF");
        assertThat(doc.path("passages").get(0).path("months").toString()).contains("2021-08");
        assertThat(doc.path("passages").get(1).path("months").toString()).contains("2021-07");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors.lines()).hasSize(3);
        assertThat(errors).contains("empty.txt: empty", "photo.txt: binary", "missing.txt: no such file")
                .doesNotContain("Exception");
    }

    @Test
    void a_bad_date_or_no_file_is_a_usage_error() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(CommandLine.standard().run(new String[] {"geoparse", "--date", "19/08/2021", "a.txt"},
                print(new ByteArrayOutputStream()), print(err))).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date needs YYYY-MM-DD");
        assertThat(CommandLine.standard().run(new String[] {"geoparse"}, print(new ByteArrayOutputStream()),
                print(new ByteArrayOutputStream()))).isEqualTo(CommandLine.USAGE);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}

package org.newsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ingest.ByteCount;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * POST /api/geoparse: text in, places and months out, nothing stored; the body held to the import size limit and
 * decoded like an imported file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeoparseApiIT {

    private static final Path DATA = TempDataDir.create("geoparse-api");
    private static final String TEXT = "Taliban fighters entered Faizabad, the capital of Badakhshan province, on "
            + "Wednesday.\n\nOfficials in Dushanbe and Tashkent said Tajik and Uzbek troops would hold drills "
            + "next month.";

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
        registry.add("newsatlas.import.max-bytes", () -> "8KB");
    }

    @Test
    void faizabad_near_badakhshan_comes_back_as_the_afghan_city_with_offsets_into_the_text() throws Exception {
        HttpResponse<String> response = post("/api/geoparse?date=2021-08-11", TEXT);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        JsonNode faizabad = mention(body, "Faizabad");
        assertThat(faizabad.path("place").path("countryCode").asText()).isEqualTo("AF");
        assertThat(faizabad.path("place").path("kind").asText()).isEqualTo("city");
        int start = faizabad.path("start").asInt();
        assertThat(TEXT.substring(start, faizabad.path("end").asInt())).isEqualTo("Faizabad");
        assertThat(mention(body, "Tajik").path("associative").asBoolean()).isTrue();
        assertThat(body.path("passages").get(1).path("months").toString()).contains("2021-09");
        assertThat(body.path("passages").get(0).path("months").toString()).contains("2021-08");
        assertThat(body.path("passages").get(0).path("precisions").toString()).isEqualTo("[\"day\"]");
        assertThat(body.path("passages").get(1).path("precisions").toString()).isEqualTo("[\"month\"]");
    }

    @Test
    void an_empty_body_or_a_bad_date_is_a_400_that_names_the_parameter() throws Exception {
        HttpResponse<String> empty = post("/api/geoparse", "   ");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("body").doesNotContain("Exception");
        HttpResponse<String> badDate = post("/api/geoparse?date=August", TEXT);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("date");
    }

    @Test
    void a_body_over_the_import_limit_is_a_413_with_the_limit_whether_or_not_its_length_is_declared() throws Exception {
        byte[] big = (TEXT + "\n\n").repeat(60).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> declared = post("/api/geoparse", "text/plain; charset=UTF-8",
                HttpRequest.BodyPublishers.ofByteArray(big));
        HttpResponse<String> streamed = post("/api/geoparse", "text/plain; charset=UTF-8",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        for (HttpResponse<String> response : List.of(declared, streamed)) {
            assertThat(response.statusCode()).isEqualTo(413);
            JsonNode error = json.readTree(response.body());
            assertThat(error.path("code").asText()).isEqualTo("PayloadTooLarge");
            assertThat(error.path("description").asText())
                    .contains("text too large", "the limit is 8.0 KB (newsatlas.import.max-bytes)");
        }
        assertThat(json.readTree(declared.body()).path("description").asText())
                .startsWith("text too large: " + ByteCount.format(big.length) + ",");
        assertThat(json.readTree(streamed.body()).path("description").asText())
                .startsWith("text too large: more than 8.0 KB,");
    }

    @Test
    void invalid_utf8_is_a_400_naming_the_bad_byte_not_a_replacement_character() throws Exception {
        byte[] good = "Talks in Tashkent ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xC0;
        for (String type : List.of("text/plain; charset=UTF-8", "text/plain")) {
            HttpResponse<String> response = post("/api/geoparse", type, HttpRequest.BodyPublishers.ofByteArray(bytes));
            assertThat(response.statusCode()).as(type).isEqualTo(400);
            assertThat(json.readTree(response.body()).path("description").asText())
                    .isEqualTo("Parameter 'body': undecodable bytes: not valid UTF-8 (byte 18, 0xC0)");
        }
    }

    @Test
    void utf16_without_a_byte_order_mark_gives_the_same_places_as_utf8() throws Exception {
        JsonNode utf8 = json.readTree(post("/api/geoparse?date=2021-08-11", TEXT).body());
        assertThat(utf8.path("mentions")).hasSizeGreaterThan(3);
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            HttpResponse<String> response = post("/api/geoparse?date=2021-08-11", "text/plain",
                    HttpRequest.BodyPublishers.ofByteArray(TEXT.getBytes(charset)));
            assertThat(response.statusCode()).as(charset.name()).isEqualTo(200);
            assertThat(json.readTree(response.body()).path("mentions")).as(charset.name())
                    .isEqualTo(utf8.path("mentions"));
        }
    }

    @Test
    void a_charset_in_the_content_type_is_honoured_and_an_unknown_one_is_unsupported() throws Exception {
        String text = "Delegates met in Zürich and flew to Dushanbe on Monday.";
        HttpResponse<String> latin1 = post("/api/geoparse", "text/plain; charset=ISO-8859-1",
                HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin1.statusCode()).isEqualTo(200);
        assertThat(json.readTree(latin1.body()).path("mentions")).isEqualTo(
                json.readTree(post("/api/geoparse", text).body()).path("mentions"));
        assertThat(mention(json.readTree(latin1.body()), "Dushanbe").path("start").asInt())
                .isEqualTo(text.indexOf("Dushanbe"));
        HttpResponse<String> unknown = post("/api/geoparse", "text/plain; charset=klingon",
                HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(unknown.statusCode()).isEqualTo(415);
    }

    @Test
    void binary_data_is_a_400_that_says_so() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        HttpResponse<String> response = post("/api/geoparse", "text/plain", HttpRequest.BodyPublishers.ofByteArray(png));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("description").asText()).contains("binary", "PNG image");
    }

    private static JsonNode mention(JsonNode body, String text) {
        for (JsonNode m : body.path("mentions")) {
            if (m.path("text").asText().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no mention " + text + " in " + body.path("mentions"));
    }

    private HttpResponse<String> post(String path, String text) throws Exception {
        return post(path, "text/plain; charset=UTF-8", HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}

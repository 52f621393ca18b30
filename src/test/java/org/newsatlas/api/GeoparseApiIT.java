package org.newsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** POST /api/geoparse: text in, places and months out, nothing stored. */
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

    private static JsonNode mention(JsonNode body, String text) {
        for (JsonNode m : body.path("mentions")) {
            if (m.path("text").asText().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no mention " + text + " in " + body.path("mentions"));
    }

    private HttpResponse<String> post(String path, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package org.newsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.RawHttp;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad input to the HTTP API, sent as raw HTTP: every answer is a 4xx in the one {@link ApiError} shape (exactly
 * "code" and "description", JSON) naming what is wrong and what is allowed; never a 500, an HTML page, Spring's
 * error JSON or a stack trace. Valid but unusual values (huge offsets, far-away dates) are answered normally.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBadInputIT {

    private static final Path DATA = TempDataDir.create("api-bad-input");
    private static final String ITEMS = "/ogc/collections/capitals/items";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
    }

    @Test
    void out_of_range_and_mistyped_page_numbers_are_400_naming_limit_or_offset() throws IOException {
        assertError(get(ITEMS + "?limit=0"), 400, "InvalidParameterValue", "'limit'", "at least 1");
        assertError(get(ITEMS + "?limit=-1"), 400, "InvalidParameterValue", "'limit'", "at least 1");
        assertError(get(ITEMS + "?limit=1.5"), 400, "InvalidParameterValue", "'limit'", "not an integer");
        assertError(get(ITEMS + "?limit=ten"), 400, "InvalidParameterValue", "'limit'", "whole number");
        assertError(get(ITEMS + "?offset=-1"), 400, "InvalidParameterValue", "'offset'", "at least 0");
        assertError(get(ITEMS + "?offset=-99999999999999999999"), 400, "InvalidParameterValue", "'offset'", "at least 0");
        assertError(get(ITEMS + "?offset=1e3"), 400, "InvalidParameterValue", "'offset'", "not an integer");
    }

    @Test
    void offsets_up_to_and_beyond_the_largest_int_are_an_empty_page_never_an_overflow() throws IOException {
        for (String offset : List.of("2147483647", "2147483648", "9223372036854775807", "99999999999999999999999")) {
            RawHttp.Reply reply = get(ITEMS + "?offset=" + offset + "&limit=10000");
            assertThat(reply.status()).as(offset).isEqualTo(200);
            assertThat(reply.json().path("features").size()).as(offset).isZero();
            assertThat(reply.json().path("numberReturned").asInt()).isZero();
        }
        RawHttp.Reply csv = get(ITEMS + "?offset=2147483647&f=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,");
        RawHttp.Reply huge = get(ITEMS + "?limit=2147483648");
        assertThat(huge.status()).isEqualTo(200);
        assertThat(huge.json().path("links").toString()).contains("limit=10000");
    }

    @Test
    void a_datetime_of_any_four_digit_year_is_answered_and_other_years_are_400() throws IOException {
        for (String datetime : List.of("0999-12-31", "0000-01-01", "9999-12-31T23:59:59Z", "0999-01-01/..",
                "../0999-12-31", "/2021-08-01", "2021-08-01/", "../..", "2021-08-01t10:00:00z")) {
            RawHttp.Reply reply = get(ITEMS + "?datetime=" + datetime);
            assertThat(reply.status()).as(datetime).isEqualTo(200);
            assertThat(reply.json().path("type").asText()).isEqualTo("FeatureCollection");
        }
        for (String datetime : List.of("%2B10000-01-01", "-0001-01-01", "%2B10000-01-01T00:00:00Z", "2021-13-01",
                "2021-02-30", "..", "2021-01-01/2021-02-01/2021-03-01", "yesterday", "2021-08-01T25:00:00Z")) {
            assertError(get(ITEMS + "?datetime=" + datetime), 400, "InvalidParameterValue", "'datetime'",
                    datetime.contains("..") || datetime.contains("/") ? "" : "four-digit year");
        }
        assertError(get(ITEMS + "?datetime=2021-09-01/2021-08-01"), 400, "InvalidParameterValue", "'datetime'",
                "starts after it ends");
    }

    @Test
    void a_malformed_bbox_is_400_saying_how_to_write_one() throws IOException {
        assertError(get(ITEMS + "?bbox=NaN,0,1,1"), 400, "InvalidParameterValue", "'bbox'", "decimal number");
        assertError(get(ITEMS + "?bbox=Infinity,0,1,1"), 400, "InvalidParameterValue", "'bbox'", "decimal number");
        assertError(get(ITEMS + "?bbox=1e999,0,1,1"), 400, "InvalidParameterValue", "'bbox'", "finite");
        assertError(get(ITEMS + "?bbox=0x1p3,0,1,1"), 400, "InvalidParameterValue", "'bbox'", "decimal number");
        assertError(get(ITEMS + "?bbox=1,2,3,4,5"), 400, "InvalidParameterValue", "'bbox'", "4 or 6");
        assertError(get(ITEMS + "?bbox=1,2,3,4,"), 400, "InvalidParameterValue", "'bbox'", "4 or 6");
        assertError(get(ITEMS + "?bbox=1,50,3,40"), 400, "InvalidParameterValue", "'bbox'", "north");
        assertError(get(ITEMS + "?bbox=0,0,200,10"), 400, "InvalidParameterValue", "'bbox'", "[-180, 180]");
    }

    @Test
    void unknown_formats_flags_layers_and_months_are_400_listing_what_is_allowed() throws IOException {
        assertError(get(ITEMS + "?f=xml"), 400, "InvalidParameterValue", "'f'", "json or csv");
        assertError(get(ITEMS + "?mentioned=yes"), 400, "InvalidParameterValue", "'mentioned'", "true or false");
        assertError(get("/api/months?layer=rivers"), 400, "InvalidParameterValue", "'layer'", "capitals");
        assertError(get("/api/months?layer="), 400, "InvalidParameterValue", "'layer'", "capitals");
        for (String month : List.of("0999", "2021-13", "%2B10000-01", "July")) {
            assertError(get("/api/features/capitals/gn:1221874/passages?month=" + month), 400,
                    "InvalidParameterValue", "'month'", "YYYY-MM");
        }
        assertError(send("POST", "/api/geoparse?date=0999-05-05", Map.of("Content-Type", "text/plain"), "Kabul"),
                400, "InvalidParameterValue", "'date'", "outside 1800–2200");
    }

    @Test
    void unknown_collections_features_and_paths_are_a_json_404_not_the_ui_page() throws IOException {
        assertError(get("/ogc/collections/rivers/items"), 404, "NotFound", "rivers");
        assertError(get("/ogc/collections/capitals/items/nope"), 404, "NotFound", "nope");
        assertError(get("/ogc/collections/capitals/items/%C3%A9%E2%80%AE"), 404, "NotFound", "Unknown feature");
        assertError(get("/api/shapes/places"), 404, "NotFound", "points");
        for (String path : List.of("/api/nothing", "/api/features/capitals", "/ogc/nothing/at/all", "/api/",
                "/api/geoparse/more")) {
            assertError(get(path), 404, "NotFound", "No such endpoint");
        }
    }

    @Test
    void wrong_methods_and_content_types_are_405_415_and_406_in_the_same_shape() throws IOException {
        RawHttp.Reply post = send("POST", "/ogc/collections", Map.of("Content-Type", "text/plain"), "x");
        assertError(post, 405, "MethodNotAllowed", "POST", "allowed: GET");
        assertThat(post.header("Allow")).contains("GET");
        assertError(send("DELETE", ITEMS, Map.of(), null), 405, "MethodNotAllowed", "DELETE");
        assertError(get("/api/geoparse"), 405, "MethodNotAllowed", "allowed: POST");
        assertError(send("POST", "/api/geoparse", Map.of("Content-Type", "application/json"), "{\"text\":\"Kabul\"}"),
                415, "UnsupportedMediaType", "application/json", "text/plain");
        assertError(send("POST", "/api/geoparse", Map.of("Content-Type", "text/plain", "Accept", "text/html"), "Kabul"),
                406, "NotAcceptable", "application/json");
    }

    @Test
    void malformed_urls_are_a_json_400_never_tomcats_html_page() throws IOException {
        assertError(get(ITEMS + "?bbox=%zz"), 400, "InvalidRequest", "percent-encoding");
        assertError(get(ITEMS + "?datetime=%"), 400, "InvalidRequest", "percent-encoding");
        assertError(get("/api/months?layer=%G1"), 400, "InvalidRequest", "percent-encoding");
        for (String target : List.of("/ogc/collections/%zz", ITEMS + "?bbox=1|2", ITEMS + "/%2F",
                "/api/months?layer={x}", "/ogc/collections/capitals/items/a\"b", "/api/%")) {
            assertError(get(target), 400, "InvalidRequest", "malformed");
        }
    }

    private RawHttp.Reply get(String target) throws IOException {
        return new RawHttp(port).get(target);
    }

    private RawHttp.Reply send(String method, String target, Map<String, String> headers, String body)
            throws IOException {
        return new RawHttp(port).send(method, target, headers, body);
    }

    /** The one error shape: JSON with exactly a code and a description containing every given word. */
    private static void assertError(RawHttp.Reply reply, int status, String code, String... words) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.body()).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.size()).as(reply.body()).isEqualTo(2);
        assertThat(body.path("code").asText()).as(reply.body()).isEqualTo(code);
        assertThat(body.path("description").asText()).as(reply.body()).contains(words)
                .doesNotContain("Exception", "\tat ", "org.springframework", "org.apache");
    }
}

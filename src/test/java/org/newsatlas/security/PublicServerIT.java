package org.newsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.RawHttp;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A public server with reading closed (the default) and two configured users: a reader and an editor. Nothing
 * without signing in; a reader reads; only an editor writes (and geoparses). Links use the configured public URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicServerIT {

    private static final Path DATA = TempDataDir.create("public-server");
    static final String READER_PASSWORD = "reader-password-1";
    static final String EDITOR_PASSWORD = "editor-password-1";
    private static final String PUBLIC_URL = "https://atlas.example.org";
    private static final String READER = RawHttp.basic("rita", READER_PASSWORD);
    private static final String EDITOR = RawHttp.basic("ed", EDITOR_PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
        registry.add("newsatlas.server.public", () -> "true");
        registry.add("newsatlas.server.public-url", () -> PUBLIC_URL + "/");
        users(registry);
    }

    /** rita, a reader, and ed, an editor, with their passwords' BCrypt hashes. */
    static void users(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.security.users[0].name", () -> "rita");
        registry.add("newsatlas.security.users[0].password", () -> PasswordHashes.hash(READER_PASSWORD));
        registry.add("newsatlas.security.users[0].role", () -> "reader");
        registry.add("newsatlas.security.users[1].name", () -> "ed");
        registry.add("newsatlas.security.users[1].password", () -> PasswordHashes.hash(EDITOR_PASSWORD));
        registry.add("newsatlas.security.users[1].role", () -> "editor");
    }

    @Test
    void a_public_server_listens_on_every_interface() {
        InetAddress bound = BoundAddress.of(context);
        assertThat(bound == null || bound.isAnyLocalAddress()).as("bound to %s", bound).isTrue();
    }

    @Test
    void someone_who_has_not_signed_in_is_sent_to_the_sign_in_page_or_gets_a_401_with_a_basic_challenge()
            throws Exception {
        for (String view : new String[] {"/", "/articles", "/articles/add"}) {
            RawHttp.Reply response = RawHttp.get(port, view);
            assertThat(response.status()).as(view).isEqualTo(302);
            assertThat(response.header("Location")).as(view).endsWith("/login").doesNotContain("jsessionid");
        }
        RawHttp.Reply api = RawHttp.get(port, "/api/months");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).isEqualTo("Basic realm=\"News Atlas\"");
        assertThat(api.json().path("code").asText()).isEqualTo("NotAuthorized");
        assertThat(api.json().path("description").asText()).contains("Sign in");
        assertThat(RawHttp.get(port, "/ogc").status()).isEqualTo(401);
        assertThat(geoparse("").status()).isEqualTo(401);
        RawHttp.Reply login = RawHttp.get(port, "/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("na-login-form");
    }

    @Test
    void a_reader_reads_the_map_the_articles_and_the_api_but_may_not_geoparse_or_add_articles() throws Exception {
        assertThat(RawHttp.get(port, "/api/months", "Authorization: " + READER).status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/ogc/collections", "Authorization: " + READER).status()).isEqualTo(200);
        RawHttp.Reply articles = RawHttp.get(port, "/articles", "Authorization: " + READER);
        assertThat(articles.status()).isEqualTo(200);
        assertThat(articles.body()).contains("na-article-grid").doesNotContain("na-reprocess", "articles/add");
        RawHttp.Reply refused = geoparse("Authorization: " + READER);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("code").asText()).isEqualTo("Forbidden");
        assertThat(refused.json().path("description").asText()).contains("needs an editor");
        RawHttp.Reply add = RawHttp.get(port, "/articles/add", "Authorization: " + READER);
        assertThat(add.status()).isEqualTo(403);
        assertThat(add.body()).doesNotContain("na-article-upload");
    }

    @Test
    void an_editor_geoparses_and_opens_the_write_views() throws Exception {
        RawHttp.Reply geoparse = geoparse("Authorization: " + EDITOR);
        assertThat(geoparse.status()).isEqualTo(200);
        assertThat(geoparse.body()).contains("\"text\":\"Osh\"");
        assertThat(RawHttp.get(port, "/articles/add", "Authorization: " + EDITOR).body()).contains("na-article-upload");
        assertThat(RawHttp.get(port, "/articles", "Authorization: " + EDITOR).body()).contains("na-reprocess");
    }

    @Test
    void a_wrong_password_or_an_unknown_name_is_refused() throws Exception {
        RawHttp.Reply wrong = geoparse("Authorization: " + RawHttp.basic("ed", READER_PASSWORD));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("code").asText()).isEqualTo("NotAuthorized");
        assertThat(geoparse("Authorization: " + RawHttp.basic("nobody", EDITOR_PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void ogc_links_start_with_the_configured_public_url_whatever_host_the_request_names() throws Exception {
        RawHttp.Reply landing = RawHttp.get(port, "/ogc", "Host: evil.example", "Authorization: " + READER);
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body()).doesNotContain("evil.example").contains("\"href\":\"" + PUBLIC_URL + "/ogc/api\"");
        RawHttp.Reply page = RawHttp.get(port, "/ogc/collections/capitals/items?limit=1", "Host: evil.example",
                "X-Forwarded-Host: evil.example", "Authorization: " + READER);
        assertThat(page.body()).doesNotContain("evil.example")
                .contains("\"href\":\"" + PUBLIC_URL + "/ogc/collections/capitals/items?offset=1&limit=1\"");
    }

    @Test
    void refusals_and_the_sign_in_page_carry_the_security_headers_too() throws Exception {
        for (String path : new String[] {"/", "/login", "/api/months", "/icons/news-atlas.svg"}) {
            SecurityHeaders.assertPresent(path, RawHttp.get(port, path));
        }
    }

    private RawHttp.Reply geoparse(String header) throws Exception {
        String[] headers = header.isEmpty() ? new String[] {"Content-Type: text/plain; charset=UTF-8"}
                : new String[] {"Content-Type: text/plain; charset=UTF-8", header};
        return RawHttp.send(port, "POST", "/api/geoparse", LoopbackServerIT.GEOPARSE_TEXT, headers);
    }
}

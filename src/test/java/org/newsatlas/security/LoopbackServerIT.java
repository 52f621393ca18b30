package org.newsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.RawHttp;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The default: one analyst on their own machine. Loopback only, no sign-in, the same headers as a public server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoopbackServerIT {

    private static final Path DATA = TempDataDir.create("loopback-server");
    static final String GEOPARSE_TEXT = "Flooding hit Osh on Tuesday. The road to Dushanbe was cut.";

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
    }

    @Test
    void by_default_the_server_listens_on_the_loopback_address_only() throws Exception {
        InetAddress bound = BoundAddress.of(context);
        assertThat(bound).isNotNull();
        assertThat(bound.isLoopbackAddress()).isTrue();
        assertThat(RawHttp.get(port, "/login").status()).isEqualTo(200);
        Optional<InetAddress> lan = BoundAddress.nonLoopbackAddressOfThisMachine();
        if (lan.isPresent()) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(lan.get(), port), 5000);
                }
            }).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void without_signing_in_the_local_analyst_may_geoparse_and_open_every_write_view() throws Exception {
        RawHttp.Reply geoparse = RawHttp.send(port, "POST", "/api/geoparse", GEOPARSE_TEXT,
                "Content-Type: text/plain; charset=UTF-8");
        assertThat(geoparse.status()).isEqualTo(200);
        assertThat(geoparse.body()).contains("\"text\":\"Dushanbe\"");
        RawHttp.Reply add = RawHttp.get(port, "/articles/add");
        assertThat(add.status()).isEqualTo(200);
        assertThat(add.body()).contains("na-article-upload");
        assertThat(RawHttp.get(port, "/articles").body()).contains("na-reprocess").doesNotContain("na-sign-in");
    }

    @Test
    void every_response_carries_the_content_security_policy_nosniff_no_framing_and_a_referrer_policy()
            throws Exception {
        for (String path : new String[] {"/", "/articles", "/api/months", "/ogc/collections",
                "/icons/news-atlas.svg", "/no-such-page"}) {
            SecurityHeaders.assertPresent(path, RawHttp.get(port, path));
        }
    }

    @Test
    void ogc_links_name_localhost_and_the_port_whatever_host_the_request_names() throws Exception {
        RawHttp.Reply landing = RawHttp.get(port, "/ogc", "Host: evil.example");
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body()).doesNotContain("evil.example")
                .contains("\"href\":\"http://localhost:" + port + "/ogc/collections\"");
        RawHttp.Reply page = RawHttp.get(port, "/ogc/collections/capitals/items?limit=2", "Host: evil.example:666");
        assertThat(page.body()).doesNotContain("evil.example")
                .contains("\"href\":\"http://localhost:" + port + "/ogc/collections/capitals/items?offset=2&limit=2\"");
    }

    @Test
    void the_session_cookie_is_http_only_and_not_sent_with_cross_site_requests() throws Exception {
        String cookie = RawHttp.get(port, "/").headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
    }
}

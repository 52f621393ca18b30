package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.LoopbackWeb;

/** Fetching from a web server on loopback: redirects followed and each checked, loops and odd targets refused. */
class WebPageTest {

    private static final String PAGE = "<html><head><title>Quake in Osh</title></head><body><article><h1>Quake in "
            + "Osh</h1><p>A quake shook Osh on Monday.</p></article></body></html>";

    private LoopbackWeb server;
    private String base;
    private final AtomicInteger loops = new AtomicInteger();

    @BeforeEach
    void serve() {
        server = new LoopbackWeb().answer("/news/quake", 200, "text/html; charset=utf-8", PAGE)
                .redirect("/old", 301, () -> "/news/quake")
                .redirect("/loop", 302, () -> "/loop?" + loops.incrementAndGet())
                .redirect("/ftp", 302, () -> "ftp://files.example/quake.txt");
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_moved_page_is_fetched_where_it_went_and_keeps_the_name_it_was_asked_by() throws Exception {
        ArticleSource page = WebPage.fetch(URI.create(base + "/old"), 1 << 20, 1 << 20, FetchRule.ANY_ADDRESS);
        assertThat(page.name()).isEqualTo(base + "/old as .html");
        assertThat(new String(page.bytes(1 << 20), StandardCharsets.UTF_8)).contains("A quake shook Osh");
    }

    @Test
    void endless_redirects_stop_after_five_and_a_redirect_to_another_scheme_is_refused() {
        assertThatThrownBy(() -> WebPage.fetch(URI.create(base + "/loop"), 1 << 20, 1 << 20, FetchRule.ANY_ADDRESS))
                .hasMessageContaining("redirected more than 5 times");
        assertThat(loops.get()).isEqualTo(6);
        assertThatThrownBy(() -> WebPage.fetch(URI.create(base + "/ftp"), 1 << 20, 1 << 20, FetchRule.ANY_ADDRESS))
                .hasMessageContaining("redirected to ftp://files.example/quake.txt, which is no http or https address");
    }

    @Test
    void the_public_rule_refuses_before_anything_is_asked() {
        assertThatThrownBy(() -> WebPage.fetch(URI.create(base + "/old"), 1 << 20, 1 << 20, FetchRule.PUBLIC_ONLY))
                .hasMessageStartingWith("not fetched: 127.0.0.1 is an address inside this server's own network");
        assertThat(loops.get()).isZero();
    }
}

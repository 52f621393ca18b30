package org.newsatlas.cli;

import static org.newsatlas.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.LoopbackWeb;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.TempDataDir;

/**
 * {@code import URL}: a feed and an article page fetched from a web server (here one on loopback) are imported with
 * a line per item; an address that cannot be reached, one the server refuses and one that is no web address each
 * get a clear failed line, and the rest is imported all the same.
 */
class WebImportIT {

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Valley Courier</title>
              <item><title>Floods close the Salang pass</title><link>http://courier.example/salang</link>
                <pubDate>Mon, 9 Aug 2021 10:15:00 +0000</pubDate>
                <description>&lt;p&gt;Floods closed the Salang pass north of Kabul on Monday.&lt;/p&gt;
                  &lt;p&gt;Traffic to Mazar-i-Sharif was turned back.&lt;/p&gt;</description></item>
              <item><title>Snow in Naryn</title><pubDate>Tue, 5 Jan 2021 08:00:00 GMT</pubDate>
                <description>Snow fell in Naryn for a third day.</description></item>
            </channel></rss>""";
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Quake in Osh</title>
            <meta property="article:published_time" content="2020-03-02"><meta property="og:site_name" content="Osh Daily">
            </head><body><article><h1>Quake in Osh</h1><p>A quake shook Osh on Monday.</p>
            <p>Houses near Jalal-Abad were damaged.</p></article></body></html>""";

    private LoopbackWeb server;
    private String base;

    @BeforeEach
    void serve() {
        server = new LoopbackWeb().answer("/feed", 200, "application/rss+xml; charset=utf-8", FEED)
                .answer("/news/quake", 200, "text/html; charset=utf-8", PAGE)
                .answer("/gone", 404, "text/plain", "not here");
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_feed_and_a_page_are_fetched_and_imported_and_what_cannot_be_fetched_says_why() throws Exception {
        Path data = TempDataDir.create("web-import");
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        CliRun run = run("import", base + "/feed", base + "/news/quake", base + "/gone", "http://127.0.0.1:" + closed
                + "/x", "http:///no-host", "--newsatlas.data-dir=" + data);

        assertThat(run.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(run.out()).startsWith("imported 3, duplicates skipped 0, failed 3\n")
                .contains("  failed " + base + "/gone: cannot fetch it: 127.0.0.1 answered HTTP 404\n")
                .contains("  failed http://127.0.0.1:" + closed + "/x: cannot fetch it: cannot connect to 127.0.0.1")
                .contains("  failed http:///no-host: not a web address: give http:// or https:// and a host\n");
        assertThat(run.err()).contains(base + "/feed as .rss item 1").contains(base + "/feed as .rss item 2")
                .contains(base + "/news/quake as .html");
        assertThat(rows(data, "SELECT title || ' | ' || COALESCE(outlet, '-') || ' | ' || COALESCE(CAST(published AS"
                + " VARCHAR), '-') FROM article ORDER BY published")).containsExactly(
                "Quake in Osh | Osh Daily | 2020-03-02",
                "Snow in Naryn | Valley Courier | 2021-01-05",
                "Floods close the Salang pass | Valley Courier | 2021-08-09");
        assertThat(rows(data, "SELECT DISTINCT pl.gazetteer_id FROM mention m JOIN place pl ON pl.id = m.place_id"
                + " JOIN passage p ON p.id = m.passage_id JOIN article a ON a.id = p.article_id"
                + " WHERE a.title = 'Floods close the Salang pass'")).isNotEmpty();
    }

    private static List<String> rows(Path data, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = PostgresTestStore.storeOf(data);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }


}

package org.newsatlas.article.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS 2.0, RSS 1.0 and Atom feeds read into one record per item; anything else refused with its reason. */
class FeedFormatTest {

    private final FeedFormat feed = new FeedFormat();

    private static ArticleRecord row(BundleEntry entry) {
        assertThat(entry).isInstanceOf(BundleEntry.Row.class);
        return ((BundleEntry.Row) entry).record();
    }

    @Test
    void an_rss_item_gives_title_link_date_author_outlet_and_its_full_content_as_paragraphs() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>Valley Courier</title>
                    <link>https://courier.example/</link>
                    <item>
                      <title>Floods close the Salang pass</title>
                      <link>https://courier.example/salang</link>
                      <pubDate>Mon, 9 Aug 2021 10:15:00 +0000</pubDate>
                      <dc:creator>Jane Roe</dc:creator>
                      <description>Short teaser.</description>
                      <content:encoded><![CDATA[<p>Floods closed the Salang pass on Monday.</p>
                        <p>Traffic to <b>Mazar-i-Sharif</b> was turned back.</p><script>alert(1)</script>]]></content:encoded>
                    </item>
                    <item>
                      <title>Quiet day</title>
                      <description>&lt;p&gt;Nothing happened in Osh.&lt;/p&gt;</description>
                    </item>
                  </channel>
                </rss>""";

        List<BundleEntry> entries = feed.entries("courier.rss", rss.getBytes(UTF_8));

        assertThat(entries).hasSize(2);
        assertThat(row(entries.get(0))).isEqualTo(new ArticleRecord("courier.rss item 1",
                "Floods close the Salang pass", "2021-08-09", "Valley Courier", "Jane Roe",
                "https://courier.example/salang",
                "Floods closed the Salang pass on Monday.\n\nTraffic to Mazar-i-Sharif was turned back."));
        assertThat(row(entries.get(1))).isEqualTo(new ArticleRecord("courier.rss item 2", "Quiet day", null,
                "Valley Courier", null, null, "Nothing happened in Osh."));
    }

    @Test
    void an_atom_entry_gives_its_alternate_link_published_date_author_name_and_content() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Steppe Wire</title>
                  <entry>
                    <title>Drills begin near Qingtongxia</title>
                    <link rel="self" href="https://wire.example/api/1"/>
                    <link rel="alternate" href="https://wire.example/drills"/>
                    <published>2021-08-09T08:00:00Z</published>
                    <updated>2021-08-10T08:00:00Z</updated>
                    <author><name>A. Writer</name></author>
                    <summary>Teaser</summary>
                    <content type="html">&lt;p&gt;Troops arrived on Monday.&lt;/p&gt;</content>
                  </entry>
                </feed>""";

        assertThat(row(feed.entries("wire.atom", atom.getBytes(UTF_8)).get(0))).isEqualTo(new ArticleRecord(
                "wire.atom item 1", "Drills begin near Qingtongxia", "2021-08-09T08:00:00Z", "Steppe Wire",
                "A. Writer", "https://wire.example/drills", "Troops arrived on Monday."));
    }

    @Test
    void an_rss_1_item_takes_its_dublin_core_date() throws Exception {
        String rdf = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://old.example/"><title>Old Wire</title></channel>
                  <item rdf:about="https://old.example/1">
                    <title>Snow in Naryn</title><link>https://old.example/1</link>
                    <dc:date>2019-01-05</dc:date><description>Snow fell in Naryn.</description>
                  </item>
                </rdf:RDF>""";

        assertThat(row(feed.entries("old.xml", rdf.getBytes(UTF_8)).get(0))).isEqualTo(new ArticleRecord(
                "old.xml item 1", "Snow in Naryn", "2019-01-05", "Old Wire", null, "https://old.example/1",
                "Snow fell in Naryn."));
    }

    @Test
    void other_xml_a_broken_feed_an_empty_feed_and_external_entities_are_refused_with_a_reason(@TempDir Path dir)
            throws Exception {
        assertThatThrownBy(() -> feed.entries("sitemap.xml",
                "<urlset><url><loc>https://a.example/</loc></url></urlset>".getBytes(UTF_8)))
                .isInstanceOf(ArticleReadException.class).hasMessage("not an RSS or Atom feed: the document is <urlset>");
        assertThatThrownBy(() -> feed.entries("cut.rss", "<rss><channel><item><title>A".getBytes(UTF_8)))
                .isInstanceOf(ArticleReadException.class).hasMessageStartingWith("not a readable RSS or Atom feed: ");
        assertThatThrownBy(() -> feed.entries("empty.rss", "<rss><channel><title>T</title></channel></rss>"
                .getBytes(UTF_8))).isInstanceOf(ArticleReadException.class).hasMessage("a feed with no items");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><channel><item><title>&x;</title><description>&x;</description></item></channel></rss>";
        assertThatThrownBy(() -> feed.entries("xxe.rss", xxe.getBytes(UTF_8)))
                .isInstanceOf(ArticleReadException.class).hasMessageStartingWith("not a readable RSS or Atom feed: ")
                .hasMessageNotContaining("SECRET");
    }
}

package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.article.ingest.ArticleFileReaderTest.bytes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.NewArticle;

/** Saved web pages: the article text without the page around it, and the page's metadata. */
class HtmlFormatTest {

    private final ArticleFileReader reader = new ArticleFileReader(new ImportProperties(null, null));

    @Test
    void the_article_element_is_kept_as_paragraphs_and_the_page_furniture_goes() throws Exception {
        String text = read("page-with-scripts.html").article().originalText();
        assertThat(text.split("\n\n")).containsExactly(
                "Rail link to Kashgar opens",
                "The first freight train crossed the border at Torugart on Tuesday, opening a rail link between"
                        + " Kashgar and the Fergana Valley.",
                "Officials said the line would cut\ntravel time by half.",
                "Length: 280 km",
                "Cost: $4.1 billion",
                "<script>alert(1)</script> is how the page quoted code.");
        assertThat(text).doesNotContain("Home", "Most read", "Subscribe", "All rights reserved", "tracker", "color");
    }

    @Test
    void scripts_and_iframes_are_removed_with_a_warning_not_an_error() throws Exception {
        assertThat(read("page-with-scripts.html").warnings())
                .containsExactly("removed 2 scripts and 1 embedded frame from the page (only its text is kept)");
    }

    @Test
    void headline_outlet_authors_and_date_come_from_json_ld_and_open_graph() throws Exception {
        NewArticle article = read("page-with-scripts.html").article();
        assertThat(article.title()).isEqualTo("Rail link to Kashgar opens");
        assertThat(article.outlet()).isEqualTo("Steppe Herald");
        assertThat(article.author()).isEqualTo("Aida Nurlanova, Li Wei");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 8, 3));
        assertThat(article.publishedApproximate()).isFalse();
    }

    @Test
    void without_json_ld_or_meta_the_title_element_loses_its_site_suffix_and_time_gives_the_date() throws Exception {
        String page = """
                <html><head><title>Dam talks stall | River Post</title>
                <meta property="og:site_name" content="River Post"></head>
                <body><div><p>Negotiators left Astana without a deal.</p>
                <p>Posted <time datetime="2021-07-30">Friday</time></p></div></body></html>""";
        NewArticle article = reader.read("dam.html", page.getBytes(StandardCharsets.UTF_8)).article();
        assertThat(article.title()).isEqualTo("Dam talks stall");
        assertThat(article.outlet()).isEqualTo("River Post");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 7, 30));
        assertThat(article.author()).isNull();
        assertThat(article.originalText()).isEqualTo("Negotiators left Astana without a deal.\n\nPosted Friday");
    }

    @Test
    void the_meta_charset_of_a_windows_1252_page_is_honoured() throws Exception {
        ReadArticle read = read("windows-1252-page.htm");
        assertThat(read.article().title()).isEqualTo("Border “reopens”");
        assertThat(read.article().originalText())
                .isEqualTo("Traders at the crossing near Osh said the queue was “endless” — three days long.");
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void a_page_with_only_menus_and_scripts_has_no_article_text() {
        String page = "<html><body><nav>Home | World</nav><script>x()</script></body></html>";
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> reader.read("menu.html", page.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ArticleReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(ArticleReadException.Reason.EMPTY));
    }

    @Test
    void broken_json_ld_is_skipped_and_meta_tags_still_answer() throws Exception {
        String page = """
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta name="pubdate" content="2021-08-01"><meta name="twitter:title" content="Quake near Dushanbe">
                </head><body><article><p>A magnitude 5 quake shook Dushanbe.</p></article></body></html>""";
        NewArticle article = reader.read("quake.htm", page.getBytes(StandardCharsets.UTF_8)).article();
        assertThat(article.title()).isEqualTo("Quake near Dushanbe");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 8, 1));
    }

    private ReadArticle read(String fixture) throws ArticleReadException {
        return reader.read(fixture, bytes(fixture));
    }
}

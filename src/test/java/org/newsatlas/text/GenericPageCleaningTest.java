package org.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A made-up wire-service page with a layout unlike the seed outlets', to show the rules are general. */
class GenericPageCleaningTest {

    private static CleanedArticle page;

    @BeforeAll
    static void clean() throws IOException {
        try (InputStream in = GenericPageCleaningTest.class.getResourceAsStream("wire-service-page.txt")) {
            page = new ArticleCleaner(Lexicon.empty()).clean(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static PassageKind kindOf(String start) {
        List<PassageSpan> found = page.passages().stream().filter(p -> page.text(p).startsWith(start)).toList();
        assertThat(found).as("passage starting with " + start).hasSize(1);
        return found.get(0).kind();
    }

    @Test
    void navigation_share_and_byline_lines_at_the_top_are_boilerplate() {
        assertThat(kindOf("Skip to content")).isEqualTo(PassageKind.NAVIGATION);
        assertThat(kindOf("World › Asia")).isEqualTo(PassageKind.NAVIGATION);
        assertThat(kindOf("By Jane Q. Reporter")).isEqualTo(PassageKind.METADATA);
        assertThat(kindOf("Published: March 14")).isEqualTo(PassageKind.METADATA);
        assertThat(kindOf("Share this article")).isEqualTo(PassageKind.SHARE);
        assertThat(kindOf("Facebook Twitter")).isEqualTo(PassageKind.SHARE);
    }

    @Test
    void the_headline_is_found_after_the_navigation_lines() {
        assertThat(page.headline()).contains("Floods Cut Off Villages Along the Amu Darya");
    }

    @Test
    void the_ap_dateline_paragraph_is_body_because_its_place_belongs_to_the_story() {
        assertThat(kindOf("DUSHANBE, Tajikistan (AP)")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void advertisement_newsletter_and_read_more_lines_are_not_body() {
        assertThat(kindOf("Advertisement")).isEqualTo(PassageKind.PROMO);
        assertThat(kindOf("Sign up for our daily newsletter")).isEqualTo(PassageKind.PROMO);
        assertThat(kindOf("Read more: Drought")).isEqualTo(PassageKind.TEASER);
    }

    @Test
    void a_caption_ending_in_an_ap_photo_credit_is_a_photo_caption() {
        assertThat(kindOf("A man carries a child")).isEqualTo(PassageKind.PHOTO_CAPTION);
    }

    @Test
    void credits_footer_and_copyright_are_metadata() {
        assertThat(kindOf("Reporting by Jane")).isEqualTo(PassageKind.METADATA);
        assertThat(kindOf("© 2023 The Associated Press")).isEqualTo(PassageKind.METADATA);
    }

    @Test
    void the_related_stories_block_and_everything_after_it_is_teaser() {
        assertThat(kindOf("Related Stories")).isEqualTo(PassageKind.TEASER);
        assertThat(kindOf("Kyrgyzstan and Uzbekistan sign")).isEqualTo(PassageKind.TEASER);
        assertThat(kindOf("Earthquake shakes northern Pakistan")).isEqualTo(PassageKind.TEASER);
    }

    @Test
    void the_story_paragraphs_and_the_quote_are_body() {
        assertThat(page.bodyPassages()).extracting(page::text).satisfiesExactly(
                t -> assertThat(t).startsWith("DUSHANBE, Tajikistan (AP)"),
                t -> assertThat(t).startsWith("Rescue teams from Khatlon"),
                t -> assertThat(t).startsWith("The emergency ministry said"),
                t -> assertThat(t).startsWith("\"We have never seen the water"));
    }
}

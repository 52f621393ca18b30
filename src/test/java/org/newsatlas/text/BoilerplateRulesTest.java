package org.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each noise kind on small made-up fixtures (words and outlets unlike the seed articles'). */
class BoilerplateRulesTest {

    private static final String PROSE = "The delegation arrived in Tashkent on Monday for two days of talks on trade.";
    private static final String MORE_PROSE = "Officials said the agreement would be signed before the end of the year.";

    private final PassageClassifier classifier = PassageClassifier.standard();

    private List<PassageKind> kinds(String... lines) {
        return classifier.classify(String.join("\n\n", lines)).stream().map(PassageSpan::kind).toList();
    }

    private PassageKind kindOfMiddle(String line) {
        return kinds(PROSE, line, MORE_PROSE).get(1);
    }

    @Test
    void comma_separated_keyword_lines_are_photo_keywords_but_a_sentence_with_commas_is_not() {
        assertThat(kindOfMiddle("Kazakhstan, election, ballot, Astana, 2022")).isEqualTo(PassageKind.PHOTO_KEYWORDS);
        assertThat(kindOfMiddle("Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan all voted, officials said."))
                .isEqualTo(PassageKind.BODY);
    }

    @Test
    void the_paragraph_glued_under_a_keyword_line_is_its_caption() {
        String page = PROSE + "\n\nflood, river, rescue, boat\nVolunteers row a boat through a flooded street on Friday.\n\n"
                + MORE_PROSE;
        assertThat(classifier.classify(page)).extracting(PassageSpan::kind).containsExactly(
                PassageKind.BODY, PassageKind.PHOTO_KEYWORDS, PassageKind.PHOTO_CAPTION, PassageKind.BODY);
    }

    @Test
    void captions_ending_in_agency_credits_are_photo_captions() {
        assertThat(kindOfMiddle("Protesters gather outside parliament. (AFP/Getty)")).isEqualTo(PassageKind.PHOTO_CAPTION);
        assertThat(kindOfMiddle("Protesters gather outside parliament. REUTERS/Anna Example"))
                .isEqualTo(PassageKind.PHOTO_CAPTION);
        assertThat(kindOfMiddle("A minister speaks in Bishkek. Presidential Press Service")).isEqualTo(PassageKind.PHOTO_CAPTION);
        assertThat(kindOfMiddle("Photo: Ministry of Defence")).isEqualTo(PassageKind.PHOTO_CAPTION);
        assertThat(kindOfMiddle("File photo")).isEqualTo(PassageKind.PHOTO_CAPTION);
    }

    @Test
    void leaked_icon_names_and_lower_case_image_slugs_are_photo_captions() {
        assertThat(kindOfMiddle("photo_camera tokayev-astana summit")).isEqualTo(PassageKind.PHOTO_CAPTION);
        assertThat(kindOfMiddle("mirziyoyev-tashkent-visit 3")).isEqualTo(PassageKind.PHOTO_CAPTION);
        assertThat(kindOfMiddle("play_arrow Watch")).isEqualTo(PassageKind.NAVIGATION);
    }

    @Test
    void subscription_blocks_with_their_bullet_lists_are_promo() {
        String page = PROSE + "\n\n" + MORE_PROSE + "\n\nEditors' Picks\n\nThe Weekly Digest\n"
                + "  - Print edition every Friday\n  - Unlimited digital access\n  - Members-only events";
        List<PassageKind> kinds = classifier.classify(page).stream().map(PassageSpan::kind).toList();
        assertThat(kinds.subList(2, kinds.size())).hasSize(5).containsOnly(PassageKind.PROMO);
        assertThat(kindOfMiddle("Subscribe now for full access")).isEqualTo(PassageKind.PROMO);
        assertThat(kindOfMiddle("Get our free newsletter delivered to your inbox every morning."))
                .isEqualTo(PassageKind.PROMO);
        assertThat(kindOfMiddle("ADVERTISEMENT")).isEqualTo(PassageKind.PROMO);
    }

    @Test
    void a_sub_heading_next_to_an_advertisement_inside_the_article_stays_body() {
        assertThat(kinds(PROSE, "Advertisement", "Water And Power", MORE_PROSE))
                .containsExactly(PassageKind.BODY, PassageKind.PROMO, PassageKind.BODY, PassageKind.BODY);
    }

    @Test
    void a_teaser_heading_after_the_article_makes_everything_after_it_teaser() {
        assertThat(kinds(PROSE, MORE_PROSE, "Most Read", "Parliament in Yerevan debates a budget.",
                "Earthquake felt in Almaty, no damage reported."))
                .containsExactly(PassageKind.BODY, PassageKind.BODY, PassageKind.TEASER, PassageKind.TEASER,
                        PassageKind.TEASER);
        assertThat(kindOfMiddle("Also read: Why the Caspian pipeline matters")).isEqualTo(PassageKind.TEASER);
    }

    @Test
    void a_teaser_heading_before_any_prose_does_not_swallow_the_article() {
        assertThat(kinds("Related", PROSE, MORE_PROSE))
                .containsExactly(PassageKind.TEASER, PassageKind.BODY, PassageKind.BODY);
    }

    @Test
    void run_together_label_lines_tags_bylines_and_datelines_are_metadata() {
        assertThat(kindOfMiddle("Section: WorldAsia Author: Staff Desk Tags: ElectionsKazakhstan"))
                .isEqualTo(PassageKind.METADATA);
        assertThat(kindOfMiddle("Tags: elections, Kazakhstan, Astana")).isEqualTo(PassageKind.METADATA);
        assertThat(kindOfMiddle("By Dana Example")).isEqualTo(PassageKind.METADATA);
        assertThat(kindOfMiddle("Updated: 12 March 2023, 14:05")).isEqualTo(PassageKind.METADATA);
        assertThat(kindOfMiddle("Copyright 2022 Example Media Group")).isEqualTo(PassageKind.METADATA);
        assertThat(kindOfMiddle("Dana Example is a staff writer covering Central Asia.")).isEqualTo(PassageKind.METADATA);
    }

    @Test
    void a_labelled_sentence_of_prose_stays_body() {
        assertThat(kindOfMiddle("The Bottom Line: Astana wants investment more than it wants a new ally."))
                .isEqualTo(PassageKind.BODY);
        assertThat(kindOfMiddle("By the end of the week, the border crossing at Dostyk had reopened."))
                .isEqualTo(PassageKind.BODY);
    }

    @Test
    void share_buttons_and_follow_lines_are_share() {
        assertThat(kindOfMiddle("Share on Facebook")).isEqualTo(PassageKind.SHARE);
        assertThat(kindOfMiddle("Follow us on Telegram")).isEqualTo(PassageKind.SHARE);
    }

    @Test
    void the_head_of_the_page_yields_standfirst_headline_and_a_bare_byline() {
        String page = "Turkmenistan's gas exports to the east keep growing this year while European buyers look for new suppliers of their own across the Caspian Sea region\n\n"
                + "Gas Flows East\n\nAmy Example\n\n" + PROSE;
        assertThat(classifier.classify(page)).extracting(PassageSpan::kind).containsExactly(
                PassageKind.STANDFIRST, PassageKind.HEADLINE, PassageKind.METADATA, PassageKind.BODY);
    }

    @Test
    void every_rule_and_pass_has_a_name_and_a_description() {
        assertThat(new ArticleCleaner(Lexicon.empty()).ruleDescriptions())
                .hasSize(classifier.lineRules().size() + classifier.passes().size())
                .allSatisfy(line -> assertThat(line).matches("[a-z-]+( -> [A-Z_]+)?: .{10,}"));
    }
}

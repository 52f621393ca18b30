package org.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InWordHyphenRepairTest {

    /** A tiny stand-in for the English word list plus gazetteer names. */
    private static final Lexicon WORDS = Lexicon.of(List.of(
            "central", "detaining", "met", "they", "uzbekistan", "a", "anti", "terror", "counter", "terrorism",
            "counterterrorism", "strong", "all", "round", "code", "named", "codenamed", "war", "torn", "email",
            "the", "of", "in", "and", "into", "flows", "state"));

    private static AnalysisText analyse(String original) {
        ArticleCleaner cleaner = new ArticleCleaner(WORDS);
        CleanedArticle article = cleaner.clean(original);
        return cleaner.analysisText(article, article.passages().get(0));
    }

    private static String originalOf(String original, AnalysisText analysis, String word) {
        int i = analysis.text().indexOf(word);
        assertThat(i).as(word + " in " + analysis.text()).isNotNegative();
        return original.substring(analysis.originalStart(i), analysis.originalEnd(i + word.length()));
    }

    @Test
    void stray_hyphens_in_the_rferl_newsletter_are_repaired_and_map_back_to_the_original_offsets() {
        String original = SeedArticles.read("004_");
        ArticleCleaner cleaner = new ArticleCleaner(WORDS);
        CleanedArticle article = cleaner.clean(original);
        String analysed = String.join("\n", cleaner.bodyAnalysisTexts(article).stream().map(AnalysisText::text).toList());
        assertThat(analysed).contains("Uzbekistan", "Taliban\u2019s", "Central Asia", "detaining", "has already met", "since they took")
                .doesNotContain("Uz-bekistan", "T-aliban", "Cen-tral", "det-aining", "m-et", "th-ey");
        for (AnalysisText text : cleaner.bodyAnalysisTexts(article)) {
            for (String word : List.of("Uzbekistan", "Taliban", "Central Asia", "detaining")) {
                int i = text.text().indexOf(word);
                if (i >= 0) {
                    String source = original.substring(text.originalStart(i), text.originalEnd(i + word.length()));
                    assertThat(source.replace("-", "")).isEqualTo(word);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "001_", "002_", "003_"})
    void seed_articles_without_stray_hyphens_keep_every_hyphen_in_their_analysis_text(String seed) {
        String original = SeedArticles.read(seed);
        ArticleCleaner cleaner = new ArticleCleaner(WORDS);
        CleanedArticle article = cleaner.clean(original);
        List<AnalysisText> texts = cleaner.bodyAnalysisTexts(article);
        for (int i = 0; i < texts.size(); i++) {
            String body = article.text(article.bodyPassages().get(i));
            assertThat(texts.get(i).text()).isEqualTo(body.replace('\u00A0', ' '));
        }
    }

    @Test
    void uzbekistan_in_the_analysis_text_points_at_uz_bekistan_in_the_original() {
        String original = "Refugee flows into Cen-tral Asia and Uz-bekistan.";
        AnalysisText analysis = analyse(original);
        assertThat(analysis.text()).isEqualTo("Refugee flows into Central Asia and Uzbekistan.");
        assertThat(originalOf(original, analysis, "Uzbekistan")).isEqualTo("Uz-bekistan");
        assertThat(originalOf(original, analysis, "Central Asia")).isEqualTo("Cen-tral Asia");
        assertThat(originalOf(original, analysis, "Refugee")).isEqualTo("Refugee");
    }

    @Test
    void a_word_seen_unhyphenated_elsewhere_in_the_article_counts_as_known() {
        String original = "The T-aliban took the city.\n\nThe Taliban said so.";
        assertThat(analyse(original).text()).isEqualTo("The Taliban took the city.");
        assertThat(analyse("The T-aliban took the city.").text()).isEqualTo("The T-aliban took the city.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anti-terror", "Sino-Russian", "Russia-China", "West-Interaction", "al-Qaeda",
            "counter-terrorism", "2,500-strong", "Harb-Maidon", "all-round", "code-named", "war-torn", "putin-xi",
            "U.S.-led", "COVID-19", "inter-state"})
    void ordinary_hyphenated_words_are_left_untouched(String word) {
        String original = "They spoke of " + word + " plans in the region and the counterterrorism drill.";
        assertThat(analyse(original).text()).isEqualTo(original);
    }

    @Test
    void soft_hyphens_and_zero_width_characters_are_dropped_and_offsets_still_point_into_the_original() {
        String original = "Troops reached Uzbe\u00ADkistan and Tajik\u200Bistan\u00A0today.";
        AnalysisText analysis = analyse(original);
        assertThat(analysis.text()).isEqualTo("Troops reached Uzbekistan and Tajikistan today.");
        assertThat(originalOf(original, analysis, "Uzbekistan")).isEqualTo("Uzbe\u00ADkistan");
        assertThat(originalOf(original, analysis, "Tajikistan")).isEqualTo("Tajik\u200Bistan");
        assertThat(originalOf(original, analysis, "today")).isEqualTo("today");
    }

    @Test
    void analysis_offsets_of_a_later_passage_are_offsets_into_the_whole_article() {
        String original = "First paragraph here.\n\nThen troops m-et in Uz-bekistan.";
        ArticleCleaner cleaner = new ArticleCleaner(WORDS);
        CleanedArticle article = cleaner.clean(original);
        AnalysisText second = cleaner.analysisText(article, article.passages().get(1));
        assertThat(second.text()).isEqualTo("Then troops met in Uzbekistan.");
        assertThat(originalOf(original, second, "met")).isEqualTo("m-et");
        assertThat(second.originalStart(0)).isEqualTo(original.indexOf("Then"));
    }

    @Test
    void the_mapping_cannot_be_changed_from_outside() {
        AnalysisText analysis = analyse("Plain text.");
        analysis.toOriginal()[0] = 99;
        assertThat(analysis.originalStart(0)).isZero();
    }
}

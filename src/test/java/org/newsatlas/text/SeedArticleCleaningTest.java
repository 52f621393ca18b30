package org.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeedArticleCleaningTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(Lexicon.empty());

    static List<Path> seedFiles() {
        return SeedArticles.files();
    }

    private CleanedArticle seed(String prefix) {
        return cleaner.clean(SeedArticles.read(prefix));
    }

    private static List<String> texts(CleanedArticle article, PassageKind kind) {
        return article.passagesOfKind(kind).stream().map(article::text).toList();
    }

    private static PassageSpan passageContaining(CleanedArticle article, String fragment) {
        return article.passages().stream().filter(p -> article.text(p).contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage contains " + fragment));
    }

    @Test
    void all_five_seed_articles_are_there() {
        assertThat(seedFiles()).hasSize(5);
    }

    @ParameterizedTest
    @MethodSource("seedFiles")
    void passages_are_trimmed_ordered_non_overlapping_spans_of_the_original_text(Path file) {
        String original = SeedArticles.readString(file);
        CleanedArticle article = cleaner.clean(original);
        int previousEnd = 0;
        for (int i = 0; i < article.passages().size(); i++) {
            PassageSpan p = article.passages().get(i);
            assertThat(p.ordinal()).isEqualTo(i);
            assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(original.substring(p.start(), p.end())).isEqualTo(original.substring(p.start(), p.end()).strip());
            previousEnd = p.end();
        }
        assertThat(original.substring(previousEnd)).isBlank();
        assertThat(article.bodyPassages()).hasSizeGreaterThan(5);
    }

    @Test
    void newsweek_promo_block_and_photo_keyword_lines_are_not_body() {
        CleanedArticle article = seed("000_");
        assertThat(texts(article, PassageKind.PHOTO_KEYWORDS)).containsExactly(
                "China, Russia, train, counterterrorism, 2017",
                "Afghanistan, rocket, attack, presidential, palace, Kabul",
                "China, Xi, virtual, talks, Russia, Putin");
        assertThat(texts(article, PassageKind.PHOTO_CAPTION)).hasSize(3)
                .allSatisfy(t -> assertThat(t).doesNotEndWith("."));
        assertThat(texts(article, PassageKind.PROMO)).contains("Editor's pick", "Newsweek cover", "• Ad free experience")
                .hasSize(12);
        assertThat(texts(article, PassageKind.BODY)).noneMatch(t -> t.contains("Newsweek") || t.contains("Getty"));
    }

    @Test
    void newsweek_body_keeps_the_paragraph_between_two_photos_and_the_last_quote() {
        CleanedArticle article = seed("000_");
        assertThat(passageContaining(article, "Sino-Russian border at Zabaikalsk station").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passageContaining(article, "they display international relations of a new type").kind())
                .isEqualTo(PassageKind.BODY);
        assertThat(article.bodyPassages()).hasSize(34);
        assertThat(article.headline()).hasValueSatisfying(h -> assertThat(h).startsWith("China, Russia to Train"));
    }

    @Test
    void national_interest_run_together_metadata_line_is_metadata_and_the_repeated_title_is_headline() {
        CleanedArticle article = seed("001_");
        assertThat(passageContaining(article, "Region:").kind()).isEqualTo(PassageKind.METADATA);
        assertThat(article.passagesOfKind(PassageKind.HEADLINE)).hasSize(2);
        assertThat(passageContaining(article, "is a national security reporter").kind()).isEqualTo(PassageKind.METADATA);
        assertThat(passageContaining(article, "Image:").kind()).isEqualTo(PassageKind.PHOTO_CAPTION);
        assertThat(article.bodyPassages()).first().extracting(article::text).asString()
                .startsWith("With the United States withdrawing from Afghanistan");
    }

    @Test
    void rferl_article_without_headline_is_all_body_including_its_subheadings() {
        CleanedArticle article = seed("002_");
        assertThat(article.headline()).isEmpty();
        assertThat(article.passages()).allMatch(PassageSpan::isBody).hasSize(28);
        assertThat(texts(article, PassageKind.BODY)).contains("A New Consensus");
    }

    @Test
    void atalayar_standfirst_headline_and_photo_slugs_are_marked() {
        CleanedArticle article = seed("003_");
        assertThat(article.headline()).contains("Russia and China on the chessboard in Afghanistan");
        assertThat(article.passages().get(0).kind()).isEqualTo(PassageKind.STANDFIRST);
        assertThat(texts(article, PassageKind.PHOTO_CAPTION))
                .containsExactly("photo_camera putin-xi jinpun", "chijinpin-vladimir putin", "xi jinping-cumbre-africa");
    }

    @Test
    void nothing_from_the_more_in_politics_block_onward_is_body() {
        CleanedArticle article = seed("003_");
        PassageSpan heading = passageContaining(article, "More in Politics");
        assertThat(article.passages().subList(heading.ordinal(), article.passages().size()))
                .hasSize(6)
                .allMatch(p -> p.kind() == PassageKind.TEASER);
        assertThat(texts(article, PassageKind.BODY)).noneMatch(t -> t.contains("Algeria") || t.contains("Tangier"));
        assertThat(passageContaining(article, "transcendent Chinese-Russian influence").kind()).isEqualTo(PassageKind.BODY);
        assertThat(article.bodyPassages()).hasSize(15);
    }

    @Test
    void rferl_newsletter_byline_is_metadata_and_its_labelled_paragraphs_stay_body() {
        CleanedArticle article = seed("004_");
        assertThat(article.headline()).contains("Beijing, Moscow, And An Eye On Afghanistan");
        assertThat(passageContaining(article, "Reid Standish").kind()).isEqualTo(PassageKind.METADATA);
        assertThat(passageContaining(article, "Why It Matters:").kind()).isEqualTo(PassageKind.BODY);
        assertThat(passageContaining(article, "Finding Perspective:").kind()).isEqualTo(PassageKind.BODY);
        assertThat(article.bodyPassages()).hasSize(9);
    }
}

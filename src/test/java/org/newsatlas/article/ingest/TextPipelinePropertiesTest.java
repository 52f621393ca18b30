package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.RandomText;
import org.newsatlas.support.RandomTries;
import org.newsatlas.text.AnalysisText;
import org.newsatlas.text.ArticleCleaner;
import org.newsatlas.text.CleanedArticle;
import org.newsatlas.text.Lexicon;
import org.newsatlas.text.ParagraphSplitter;
import org.newsatlas.text.PassageSpan;
import org.newsatlas.text.TextBlock;

/**
 * Cleaning and splitting over generated text and bytes: nothing escapes but a typed {@link ArticleReadException}
 * with a message, and every passage and block is a non-empty {@code [start,end)} inside the text, in order, with no
 * overlap; analysis offsets map back inside their passage.
 */
class TextPipelinePropertiesTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(Lexicon.of(List.of("Kabul", "China", "the", "border")));

    @Test
    void passages_are_ordered_disjoint_spans_inside_the_text() {
        RandomTries.forAll(600, r -> RandomText.any(r, 3000), text -> {
            CleanedArticle cleaned = cleaner.clean(text);
            int previousEnd = 0;
            int ordinal = 0;
            for (PassageSpan p : cleaned.passages()) {
                assertThat(p.ordinal()).isEqualTo(ordinal++);
                assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(p.end()).isGreaterThan(p.start()).isLessThanOrEqualTo(text.length());
                previousEnd = p.end();
                AnalysisText analysis = cleaner.analysisText(cleaned, p);
                if (!analysis.text().isEmpty()) {
                    assertThat(analysis.originalStart(0)).isBetween(p.start(), p.end());
                    assertThat(analysis.originalEnd(analysis.text().length())).isBetween(p.start(), p.end());
                }
            }
            cleaned.headline().ifPresent(h -> assertThat(text).contains(h));
        });
    }

    @Test
    void paragraphs_are_ordered_disjoint_blocks_of_the_text() {
        RandomTries.forAll(600, r -> RandomText.any(r, 3000), text -> {
            int previousEnd = 0;
            for (TextBlock block : new ParagraphSplitter().split(text)) {
                assertThat(block.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(block.end()).isGreaterThan(block.start()).isLessThanOrEqualTo(text.length());
                assertThat(block.text()).isEqualTo(text.substring(block.start(), block.end()));
                previousEnd = block.end();
            }
        });
    }

    @Test
    void any_bytes_decode_to_text_or_a_typed_reason() {
        RandomTries.forAll(500, r -> RandomText.fileBytes(r, 3000), bytes -> {
            try {
                assertThat(new TextDecoder().decode(bytes, Optional.empty()).text()).isNotNull();
            } catch (ArticleReadException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void any_file_is_an_article_or_a_typed_reason_in_every_format() {
        List<ArticleFormat> formats = List.of(new PlainTextFormat(), new MarkdownFormat(), new HtmlFormat());
        RandomTries.forAll(400, r -> RandomText.fileBytes(r, 3000), bytes -> {
            for (ArticleFormat format : formats) {
                try {
                    ReadArticle read = format.read("fuzz" + format.extensions().get(0), bytes);
                    assertThat(read.article().originalText()).isNotBlank();
                    cleaner.clean(read.article().originalText());
                } catch (ArticleReadException e) {
                    assertThat(e.getMessage()).isNotBlank();
                }
            }
        });
    }
}

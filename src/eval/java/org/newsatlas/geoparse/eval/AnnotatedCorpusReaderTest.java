package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnnotatedCorpusReaderTest {

    private final AnnotatedCorpusReader reader = new AnnotatedCorpusReader();

    @Test
    void documents_keep_file_order_and_their_gold_toponyms() throws URISyntaxException {
        AnnotatedCorpus corpus = reader.read(fixtures(), "Tiny");

        assertThat(corpus.name()).isEqualTo("Tiny");
        assertThat(corpus.documents()).extracting(AnnotatedDocument::id).containsExactly("t-1", "t-2");
        assertThat(corpus.documents().get(0).gold()).extracting(GoldToponym::surface)
                .containsExactly("Alexandria", "Memphis St.", "Pineville");
        assertThat(corpus.documents().get(1).gold()).isEmpty();
        assertThat(corpus.goldCount()).isEqualTo(3);
    }

    @Test
    void a_no_gaztag_row_has_no_coordinates_and_a_wikipedia_row_keeps_its_point() throws URISyntaxException {
        AnnotatedDocument document = reader.read(fixtures(), "Tiny").documents().get(0);

        assertThat(document.gold().get(1).hasCoordinates()).isFalse();
        assertThat(document.gold().get(2)).isEqualTo(new GoldToponym(52, 61, "Pineville", 31.3224, -92.4343));
    }

    @Test
    void words_are_whitespace_separated_tokens_double_spaces_included() throws URISyntaxException {
        AnnotatedCorpus corpus = reader.read(fixtures(), "Tiny");

        assertThat(corpus.documents().get(0).wordCount()).isEqualTo(9);
        assertThat(corpus.wordCount()).isEqualTo(11);
    }

    @Test
    void a_gold_span_that_does_not_spell_its_surface_is_reported_with_its_line() {
        assertThatThrownBy(() -> reader.read(fixtures(), "Broken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Broken.gold.tsv:2").hasMessageContaining("'Paris'");
    }

    static Path fixtures() throws URISyntaxException {
        return Path.of(AnnotatedCorpusReaderTest.class.getResource("/eval").toURI());
    }
}

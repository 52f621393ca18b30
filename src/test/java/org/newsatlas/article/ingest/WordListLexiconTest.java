package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListLexiconTest {

    @TempDir
    Path dir;

    @Test
    void a_gzipped_word_list_is_read_in_lower_case_skipping_blanks_and_comments() throws IOException {
        Path file = dir.resolve("words.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("# english words\nCentral\n\ndetaining\n  met  \n".getBytes(StandardCharsets.UTF_8));
        }
        WordListLexicon lexicon = WordListLexicon.load(file);
        assertThat(lexicon.size()).isEqualTo(3);
        assertThat(lexicon.contains("central")).isTrue();
        assertThat(lexicon.contains("met")).isTrue();
        assertThat(lexicon.contains("# english words")).isFalse();
    }

    @Test
    void a_plain_word_list_combined_with_another_lexicon_knows_the_words_of_both() throws IOException {
        Path file = Files.writeString(dir.resolve("words.txt"), "river\n");
        Lexicon places = Lexicon.of(java.util.List.of("Uzbekistan"));
        Lexicon both = WordListLexicon.load(file).or(places);
        assertThat(both.contains("river")).isTrue();
        assertThat(both.contains("uzbekistan")).isTrue();
        assertThat(both.contains("lake")).isFalse();
    }
}

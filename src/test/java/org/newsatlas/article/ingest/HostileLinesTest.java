package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsatlas.text.LineShape;

/**
 * Long lines the property checks found slow: each regex is run over a counting view of the text, and must read it a
 * bounded number of times per character (linear), not once per start position (quadratic: 20 s for a 40,000-letter
 * word, over a minute for 40,000 "[" in a Markdown file). Counting reads, not time, keeps the test exact under load.
 */
class HostileLinesTest {

    private static final int LENGTH = 40_000;
    /** Reads per character a linear scan may take (each rule looks a few characters around each position). */
    private static final int READS_PER_CHAR = 40;

    @Test
    void a_40000_letter_word_is_checked_for_camel_case_in_linear_time() {
        assertLinear(LineShape.CAMEL, "a".repeat(LENGTH));
        assertThat(LineShape.CAMEL.matcher("see youTube, not McDonald or Kabul").results().count()).isEqualTo(1);
        assertThat(LineShape.CAMEL.matcher("ABcdEfgh").results().count()).isEqualTo(1);
    }

    @Test
    void unclosed_markdown_brackets_stars_and_backticks_are_stripped_in_linear_time() {
        for (String piece : List.of("[", "[a](b ", "![a](", "*a ", "**a ", "_a ", "~~a ", "`", "<http:", "<a ")) {
            String line = piece.repeat(LENGTH / piece.length());
            for (Pattern rule : MarkdownInline.patterns()) {
                assertLinear(rule, line);
            }
        }
    }

    @Test
    void links_emphasis_and_code_spans_are_still_stripped_to_their_text() {
        assertThat(MarkdownInline.strip("See [Georgia](https://en.wikipedia.org/wiki/Georgia_(country)) and "
                + "![map](m.png) with **bold**, *it*, _it_, ~~gone~~, `code` and <https://example.org>."))
                .isEqualTo("See Georgia and with bold, it, it, gone, code and https://example.org.");
        assertThat(MarkdownInline.strip("[[[[ unclosed")).isEqualTo("[[[[ unclosed");
    }

    private static void assertLinear(Pattern pattern, String text) {
        CountingChars chars = new CountingChars(text);
        Matcher matcher = pattern.matcher(chars);
        while (matcher.find()) {
            // count every read
        }
        assertThat(chars.reads).as(pattern + " over " + text.substring(0, 8) + "...")
                .isLessThan((long) READS_PER_CHAR * text.length());
    }

    /** The text, counting how often the regex engine reads a character. */
    private static final class CountingChars implements CharSequence {
        private final String text;
        private long reads;

        CountingChars(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}

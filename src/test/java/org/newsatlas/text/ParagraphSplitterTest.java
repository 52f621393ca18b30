package org.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    private final ParagraphSplitter splitter = new ParagraphSplitter();

    private List<String> paragraphs(String text) {
        List<TextBlock> blocks = splitter.split(text);
        blocks.forEach(b -> assertThat(text.substring(b.start(), b.end())).isEqualTo(b.text()).isEqualTo(b.text().strip()));
        return blocks.stream().map(TextBlock::text).toList();
    }

    @Test
    void blank_lines_separate_paragraphs_and_surrounding_whitespace_is_trimmed_out_of_the_spans() {
        assertThat(paragraphs("  First one.  \n\n\n\tSecond one.\n")).containsExactly("First one.", "Second one.");
    }

    @Test
    void one_paragraph_per_line_layout_gives_one_passage_per_line() {
        assertThat(paragraphs("Troops arrived on Monday.\nThe drills lasted five days.\nA New Chapter\nTalks follow."))
                .containsExactly("Troops arrived on Monday.", "The drills lasted five days.", "A New Chapter", "Talks follow.");
    }

    @Test
    void hard_wrapped_prose_is_joined_into_one_paragraph() {
        String text = "The delegation travelled from Bishkek to the border town\nof Osh, where officials met them.\n\nNext.";
        assertThat(paragraphs(text)).containsExactly(
                "The delegation travelled from Bishkek to the border town\nof Osh, where officials met them.", "Next.");
    }

    @Test
    void a_keyword_line_and_its_caption_on_consecutive_lines_are_two_paragraphs_without_blank_line_between() {
        List<TextBlock> blocks = splitter.split("Intro.\n\nriver, flood, boat, rescue\nVolunteers row a boat.");
        assertThat(blocks).extracting(TextBlock::text).containsExactly("Intro.", "river, flood, boat, rescue", "Volunteers row a boat.");
        assertThat(blocks).extracting(TextBlock::blankLineBefore).containsExactly(false, true, false);
    }

    @Test
    void windows_line_endings_and_an_empty_text_are_handled() {
        assertThat(paragraphs("One.\r\n\r\nTwo.\r\n")).containsExactly("One.", "Two.");
        assertThat(paragraphs("")).isEmpty();
        assertThat(paragraphs(" \n \n")).isEmpty();
    }
}

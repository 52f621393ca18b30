package org.newsatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresArticleIndexTest {

    @Test
    void the_words_are_those_search_reads_folded_once_each() {
        assertThat(PostgresArticleIndex.words("China–Russia drills at Qingtongxia; CHINA's Zürich 2021"))
                .containsExactly("china", "russia", "drills", "at", "qingtongxia", "s", "zurich", "2021");
    }

    @Test
    void a_word_too_long_for_a_lexeme_is_left_out() {
        String longWord = "a".repeat(PostgresArticleIndex.LONGEST_WORD + 1);
        assertThat(PostgresArticleIndex.words("short " + longWord)).containsExactly("short");
    }

    @Test
    void the_query_needs_every_whole_word_and_a_word_starting_with_the_last() {
        assertThat(PostgresArticleIndex.query(SearchPhrase.parse("China-Russia bord").orElseThrow()))
                .isEqualTo("'china' & 'russia' & 'bord':*");
        assertThat(PostgresArticleIndex.query(SearchPhrase.parse("Kabul").orElseThrow())).isEqualTo("'kabul':*");
    }
}

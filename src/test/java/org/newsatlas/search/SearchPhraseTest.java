package org.newsatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchPhraseTest {

    private static SearchPhrase phrase(String query) {
        return SearchPhrase.parse(query).orElseThrow();
    }

    @Test
    void hyphen_en_dash_and_space_are_the_same_separator() {
        String text = "Troops moved along the China–Russia border on Monday.";
        assertThat(phrase("China-Russia border").find(text)).hasValueSatisfying(span ->
                assertThat(text.substring(span[0], span[1])).isEqualTo("China–Russia border"));
        assertThat(phrase("china russia border").matches(text)).isTrue();
        assertThat(phrase("Tajik-Afghan border").matches(text)).isFalse();
    }

    @Test
    void accents_and_case_do_not_matter_and_offsets_stay_those_of_the_original() {
        String text = "He flew from Zürich to SÃO PAULO.";
        assertThat(phrase("zurich").find(text)).hasValueSatisfying(span ->
                assertThat(text.substring(span[0], span[1])).isEqualTo("Zürich"));
        assertThat(phrase("São Paulo").matches(text)).isTrue();
    }

    @Test
    void the_last_word_may_be_unfinished_but_the_others_are_whole_words() {
        String text = "Exercises near Qingtongxia in Ningxia.";
        assertThat(phrase("Qingtong").matches(text)).isTrue();
        assertThat(phrase("near Qingt").matches(text)).isTrue();
        assertThat(phrase("nea Qingtongxia").matches(text)).isFalse();
        assertThat(phrase("ingtongxia").matches(text)).isFalse();
    }

    @Test
    void words_must_come_in_order_with_only_separators_between() {
        String text = "the border between China and Russia";
        assertThat(phrase("China Russia").matches(text)).isFalse();
        assertThat(phrase("China and Russia").matches(text)).isTrue();
    }

    @Test
    void the_index_is_asked_for_whole_words_and_the_unfinished_last_word_as_a_prefix() {
        SearchPhrase p = phrase("The troops of the Tajik-Afgh");
        assertThat(p.wholeWords()).containsExactly("the", "troops", "of", "tajik");
        assertThat(p.lastWord()).isEqualTo("afgh");
    }

    @Test
    void punctuation_alone_is_no_phrase() {
        assertThat(SearchPhrase.parse(" – , ")).isEmpty();
        assertThat(SearchPhrase.parse(null)).isEmpty();
    }
}

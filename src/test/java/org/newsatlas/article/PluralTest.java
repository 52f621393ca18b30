package org.newsatlas.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void one_takes_the_singular_and_every_other_count_the_plural() {
        assertThat(Plural.of(1, "article")).isEqualTo("1 article");
        assertThat(Plural.of(0, "passage")).isEqualTo("0 passages");
        assertThat(Plural.of(2, "embedded frame")).isEqualTo("2 embedded frames");
        assertThat(Plural.of(1023, "byte")).isEqualTo("1023 bytes");
    }
}

package org.newsatlas.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportOutcomeTest {

    @Test
    void an_import_counts_the_passages_the_map_reads_and_says_how_many_were_set_aside() {
        assertThat(ImportOutcome.imported(7, "kashgar.html", 5, 2).message())
                .isEqualTo("5 passages, 2 set aside as boilerplate");
        assertThat(ImportOutcome.imported(8, "ushuaia.html", 1, 0).message()).isEqualTo("1 passage");
    }
}

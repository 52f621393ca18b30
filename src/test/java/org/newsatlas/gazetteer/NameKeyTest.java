package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void normalising_folds_case_diacritics_apostrophes_dots_and_hyphens() {
        assertThat(NameKey.normalize("Zabaykal’sk")).isEqualTo("zabaykalsk");
        assertThat(NameKey.normalize("Faīẕābād")).isEqualTo("faizabad");
        assertThat(NameKey.normalize("U.S.")).isEqualTo("us");
        assertThat(NameKey.normalize("Nur-Sultan")).isEqualTo(NameKey.normalize("Nur  Sultan"));
        assertThat(NameKey.normalize("Washington, D.C.")).isEqualTo("washington dc");
    }

    @Test
    void loose_key_meets_common_transliteration_variants() {
        assertThat(NameKey.loose(NameKey.normalize("Zabaikalsk"))).isEqualTo(NameKey.loose(NameKey.normalize("Zabaykal'sk")));
        assertThat(NameKey.loose(NameKey.normalize("Badakshan"))).isEqualTo(NameKey.loose(NameKey.normalize("Badakhshan")));
        assertThat(NameKey.loose("kabul")).isNotEqualTo(NameKey.loose("kabal"));
    }

    @Test
    void generic_admin_suffixes_are_stripped_but_never_the_whole_name() {
        assertThat(PlaceNameSuffixes.strip("Ningxia Hui Autonomous Region")).isEqualTo("Ningxia Hui");
        assertThat(PlaceNameSuffixes.strip("Badakhshan Province")).isEqualTo("Badakhshan");
        assertThat(PlaceNameSuffixes.strip("Region")).isEqualTo("Region");
    }
}

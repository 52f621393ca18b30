package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryGazetteerTest {

    private final Gazetteer gazetteer = FixtureGazetteer.get();

    private List<String> ids(String surface) {
        return gazetteer.lookup(surface).stream().map(m -> m.place().id()).toList();
    }

    @Test
    void ningxia_and_ningxia_hui_autonomous_region_find_the_admin1_unit() {
        assertThat(ids("Ningxia")).containsExactly("admin1:CN.21");
        assertThat(ids("Ningxia Hui")).containsExactly("admin1:CN.21");
        assertThat(ids("Ningxia Hui Autonomous Region")).containsExactly("admin1:CN.21");
    }

    @Test
    void nur_sultan_and_astana_find_the_same_city() {
        assertThat(ids("Nur-Sultan")).contains("gn:1526273");
        assertThat(ids("Astana")).contains("gn:1526273", "admin1:KZ.05");
    }

    @Test
    void zabaykalsk_spelled_zabaikalsk_is_found_by_its_loose_key() {
        List<NameMatch> matches = gazetteer.lookup("Zabaikalsk");
        assertThat(matches).extracting(m -> m.place().id()).containsExactly("gn:2012780");
        assertThat(matches.get(0).type()).isEqualTo(MatchType.LOOSE);
        assertThat(gazetteer.lookup("Zabaykal'sk").get(0).type()).isEqualTo(MatchType.NAME);
    }

    @Test
    void ap_style_kan_and_w_va_find_kansas_and_west_virginia_not_a_chinese_city_or_virginia() {
        assertThat(ids("Kan.")).containsExactly("admin1:US.KS");
        assertThat(ids("W. Va.")).containsExactly("admin1:US.WV");
        assertThat(ids("W.Va.")).containsExactly("admin1:US.WV");
    }

    @Test
    void nsw_is_new_south_wales_not_lord_howe_island_which_shares_its_iso_code() {
        assertThat(gazetteer.lookup("NSW")).extracting(m -> m.place().name()).containsExactly("New South Wales");
        assertThat(ids("New South Wales")).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void badakshan_misspelling_finds_badakhshan() {
        assertThat(ids("Badakshan")).containsExactly("admin1:AF.01");
    }

    @Test
    void abbreviations_and_demonyms_come_from_the_names_data() {
        assertThat(ids("U.S.")).containsExactly("country:US");
        assertThat(ids("US")).containsExactly("country:US");
        assertThat(ids("UK")).containsExactly("country:GB");
        assertThat(gazetteer.lookup("Chinese")).extracting(NameMatch::type).containsExactly(MatchType.ASSOCIATIVE);
        assertThat(ids("Tajik")).containsExactly("country:TJ");
        assertThat(ids("Afghans")).containsExactly("country:AF");
    }

    @Test
    void an_unknown_name_finds_nothing() {
        assertThat(gazetteer.lookup("Roderick")).isEmpty();
        assertThat(gazetteer.byId("gn:1142170")).get().extracting(Place::admin1Key).isEqualTo("AF.01");
    }
}

package org.newsatlas.geoparse;

import org.newsatlas.analysis.GeoparserFactory;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.FixtureGazetteer;

/** The hard cases of issue 3, each on a sentence of its own, over the fixture gazetteer. */
public class GeoparserHardCasesTest {

    /** A few ordinary words, as the English word list has them. */
    public static final EnglishWords WORDS = EnglishWords.of(List.of("lee", "said", "attorney", "police", "council", "province", "china",
            "turkey", "reading", "commerce"));

    private final Geoparser parser = GeoparserFactory.geoparser(FixtureGazetteer.get(), WORDS);

    private List<String> surfaces(String text) {
        return parser.parse(text).stream().map(r -> r.mention().surface()).toList();
    }

    private ResolvedMention only(String text, String surface) {
        return parser.parse(text).stream().filter(r -> r.mention().surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + parser.parse(text)));
    }

    @Test
    void an_exercise_named_with_its_year_is_no_town() {
        String text = "China has taken part in Russia's drills, including Vostok-2018, Tsentr-2019 and Kavkaz-2020, "
                + "and in Zapad\u20132021.";
        assertThat(surfaces(text)).contains("China", "Russia").doesNotContain("Vostok", "Tsentr", "Kavkaz", "Zapad");
        // the same names without a year are still read as places
        assertThat(surfaces("Troops in the Kavkaz region were put on alert.")).contains("Kavkaz");
        // a hyphen and a word, or a hyphen and a number that is no year, leave a name a place
        assertThat(surfaces("A Kabul-based group sent aid to the Kabul-1 district.")).contains("Kabul");
    }

    @Test
    void a_language_is_no_mention_of_its_country() {
        assertThat(surfaces("The minister speaks in French. She answered in English, then in Russian, "
                + "and the text was translated into Chinese.")).isEmpty();
        // an adjective before a noun still refers to the country
        assertThat(only("Jets flew over Russian territory.", "Russian").place().id()).isEqualTo("country:RU");
        assertThat(surfaces("He was born in France.")).contains("France");
        // the phrase may go on with another one
        assertThat(surfaces("He speaks in French at rallies and wrote in Russian to the council.")).isEmpty();
    }

    @Test
    void a_state_code_in_a_story_from_india_is_the_indian_state() {
        assertThat(only("The Indian state of TN will add buses, TN officials said.", "TN").place().id())
                .isEqualTo("admin1:IN.25");
        // a story that names a place in the United States keeps Tennessee
        assertThat(only("Officials in Washington, DC and India met; TN farmers joined.", "TN").place().id())
                .isEqualTo("admin1:US.TN");
        assertThat(only("Farmers in TN planted corn.", "TN").place().id()).isEqualTo("admin1:US.TN");
    }

    @Test
    void a_section_of_a_city_as_big_as_a_city_is_known_by_its_name() {
        // Hollywood, Los Angeles (PPLX, 167,664) over Hollywood, Florida (PPL, 149,728) when nothing says which
        assertThat(only("The film was made in Hollywood by a studio.", "Hollywood").place().id())
                .isEqualTo("gn:5357527");
        assertThat(only("Beaches near Hollywood, Florida, were closed.", "Hollywood").place().id())
                .isEqualTo("gn:4158928");
    }

    @Test
    void a_syrian_town_is_found_without_its_arabic_article() {
        assertThat(only("Rebels shelled Qamishli in Syria.", "Qamishli").place().id()).isEqualTo("gn:173377");
        assertThat(only("Clashes near Al-Qamishli, Syria, went on.", "Al-Qamishli").place().id())
                .isEqualTo("gn:173377");
    }

    @Test
    void a_name_at_the_end_of_a_sentence_is_no_abbreviation() {
        // Raqqa is also an alternate name of its governorate; "Tenn." is an abbreviation, "Raqqa." is not
        ResolvedMention raqqa = only("Fighters moved into Raqqa. Then they left.", "Raqqa");
        assertThat(raqqa.place().id()).isEqualTo("gn:172955");
        assertThat(only("He lives in Memphis, Tenn. now.", "Tenn.").place().id()).isEqualTo("admin1:US.TN");
    }

    @Test
    void an_institutions_field_is_no_town() {
        // Commerce, Texas (8,892) is the only Commerce here: in "Ministry of Commerce" it names the ministry's field
        assertThat(surfaces("A spokesman for the Ministry of Commerce in Beijing said exports rose."))
                .containsExactly("Beijing");
        assertThat(surfaces("The Department of Commerce and the Bureau of Washington met.")).doesNotContain("Commerce");
        // the town itself is still a place, and so is a country after an institution
        assertThat(surfaces("Farmers near Commerce, Texas, sold cattle.")).contains("Commerce");
        assertThat(surfaces("The Ministry of Russia said so.")).contains("Russia");
    }

    @Test
    void a_place_introduced_with_its_countrys_adjective_is_the_one_in_that_country() {
        // London, Ontario (346,765) over London, England (8.9 million) when the text says which
        ResolvedMention canadian = only("Police in the Canadian city of London said the road was closed.", "London");
        assertThat(canadian.place().id()).isEqualTo("gn:6058560");
        assertThat(canadian.decidedBy()).isEqualTo("CountryPhrasePass");
        assertThat(canadian.reason()).isEqualTo("introduced as “the Canadian city of”");
        // Odessa, Texas over the Ukrainian port, and the port when the text says so
        assertThat(only("Storms hit the American city of Odessa on Monday.", "Odessa").place().id())
                .isEqualTo("gn:5527554");
        assertThat(only("Shelling hit the Ukrainian port of Odesa overnight.", "Odesa").place().id())
                .isEqualTo("gn:698740");
        // without the phrase the bigger namesake still wins, and an adjective elsewhere in the sentence is no cue
        assertThat(only("Police in London said the road was closed.", "London").place().id()).isEqualTo("gn:2643743");
        assertThat(only("A Canadian reporter in London said the road was closed.", "London").place().id())
                .isEqualTo("gn:2643743");
    }

    @Test
    void a_place_introduced_with_its_state_or_its_uk_nation_lies_there() {
        // Salisbury was Harare's name until 1982: "the English city of" says which
        ResolvedMention english = only("Police in the English city of Salisbury said the two men had left.",
                "Salisbury");
        assertThat(english.place().id()).isEqualTo("gn:2638664");
        assertThat(english.decidedBy()).isEqualTo("CountryPhrasePass");
        assertThat(english.reason()).isEqualTo("introduced as “the English city of”");
        assertThat(only("Farmers met in the Scottish town of Perth on Monday.", "Perth").place().id())
                .isEqualTo("gn:2640358");
        // a state named before: Paris, Texas over the capital of France
        assertThat(only("The Texas city of Paris held a vote on Tuesday.", "Paris").place().id())
                .isEqualTo("gn:4717560");
        assertThat(only("The city of Paris held a vote on Tuesday.", "Paris").place().id()).isEqualTo("gn:2988507");
        // the language is still no place: "English" alone names nothing
        assertThat(surfaces("She answered in English.")).isEmpty();
    }

    @Test
    void zabaykalsk_spelled_zabaikalsk_is_found() {
        ResolvedMention r = only("Trains crossed into Russia at the Zabaikalsk station.", "Zabaikalsk");
        assertThat(r.place().id()).isEqualTo("gn:2012780");
        assertThat(r.confidence()).isLessThan(0.95);
    }

    @Test
    void badakshan_misspelling_finds_badakhshan() {
        assertThat(only("Fighting spread in Badakshan province.", "Badakshan").place().id()).isEqualTo("admin1:AF.01");
    }

    @Test
    void faizabad_in_badakhshan_resolves_to_the_afghan_city() {
        ResolvedMention r = only("The Taliban took Faizabad, the capital of Badakhshan province in Afghanistan.",
                "Faizabad");
        assertThat(r.place().id()).isEqualTo("gn:1142170");
        assertThat(r.place().countryCode()).isEqualTo("AF");
        assertThat(r.runnersUp()).extracting(c -> c.place().id()).contains("gn:1271976");
    }

    @Test
    void washington_as_a_government_resolves_to_washington_dc() {
        ResolvedMention r = only("Washington said it would respond, while Moscow stayed silent.", "Washington");
        assertThat(r.place().id()).isEqualTo("gn:4140963");
        assertThat(r.decidedBy()).isEqualTo("CountryAndCapitalPass");
        assertThat(r.reason()).contains("government");
    }

    @Test
    void shanghai_cooperation_organization_does_not_mention_shanghai() {
        assertThat(surfaces("Members of the Shanghai Cooperation Organization met in Dushanbe.")).containsExactly(
                "Dushanbe");
        assertThat(surfaces("An analyst at the Moscow Carnegie Center disagreed.")).isEmpty();
    }

    @Test
    void shanghais_east_china_normal_university_mentions_shanghai() {
        List<ResolvedMention> found = parser.parse("A scholar at Shanghai's East China Normal University said so.");
        assertThat(found).extracting(r -> r.mention().surface()).containsExactly("Shanghai");
        assertThat(found.get(0).mention().end()).isEqualTo("A scholar at Shanghai".length());
    }

    @Test
    void roderick_lee_is_not_a_place() {
        assertThat(surfaces("Roderick Lee, a researcher, said the drills mattered. Lee added that they were big."))
                .isEmpty();
        assertThat(surfaces("Reid Standish wrote that Gen. Alexander Lapin led the drills.")).isEmpty();
    }

    @Test
    void a_village_known_by_an_ordinary_word_as_alternate_name_is_not_a_place() {
        // GeoNames lists "Taliban" as an alternate name of Bozhüyük, Turkey (population 1,140)
        assertThat(surfaces("The Taliban entered the city.")).isEmpty();
    }

    @Test
    void a_chinese_surname_used_alone_after_the_full_name_is_a_person() {
        // "Wei" is an alternate name of Weifang; the surname comes first in "Wei Fenghe"
        assertThat(surfaces("Wei Fenghe spoke on Monday. Wei met the envoy in Beijing."))
                .containsExactly("Beijing");
    }

    @Test
    void a_lone_small_town_that_nothing_else_in_the_document_places_is_not_a_mention() {
        // Standish, Michigan has 1,452 people; nothing else here is in Michigan or the United States
        assertThat(surfaces("The report by Standish was long.")).isEmpty();
        assertThat(surfaces("The report on Standish in the United States was long.")).contains("Standish");
    }

    @Test
    void a_surname_that_is_also_an_admin1_unit_needs_its_country_in_the_document() {
        assertThat(surfaces("Reporter Anna Texas wrote it. Texas said more.")).isEmpty();
        assertThat(surfaces("Anna Texas wrote it. Texas said the United States would act."))
                .containsExactly("Texas", "United States");
    }

    @Test
    void chinese_is_an_associative_mention_of_china() {
        ResolvedMention r = only("Chinese troops arrived.", "Chinese");
        assertThat(r.mention().associative()).isTrue();
        assertThat(r.place().id()).isEqualTo("country:CN");
    }

    @Test
    void sino_russian_mentions_china_and_russia() {
        List<ResolvedMention> found = parser.parse("The Sino-Russian drills and the Russia-China alliance.");
        assertThat(found).extracting(r -> r.place().id()).containsExactly("country:CN", "country:RU", "country:RU",
                "country:CN");
        assertThat(found).extracting(r -> r.mention().associative()).containsExactly(true, true, false, false);
        assertThat(found.get(0).mention().surface()).isEqualTo("Sino");
    }

    @Test
    void hyphenated_compounds_with_lower_case_parts_mention_the_place() {
        assertThat(surfaces("U.S.-led forces and Kabul-based diplomats left.")).containsExactly("U.S.", "Kabul");
    }

    @Test
    void the_tajik_capital_of_dushanbe() {
        List<ResolvedMention> found = parser.parse("Troops gathered in the Tajik capital of Dushanbe.");
        assertThat(found).extracting(r -> r.place().id()).containsExactly("country:TJ", "gn:1221874");
        assertThat(found.get(0).mention().associative()).isTrue();
    }

    @Test
    void ningxia_hui_autonomous_region() {
        ResolvedMention r = only("The drills took place in the Ningxia Hui Autonomous Region of China.",
                "Ningxia Hui Autonomous Region");
        assertThat(r.place().id()).isEqualTo("admin1:CN.21");
        assertThat(only("Ningxia is dry.", "Ningxia").place().id()).isEqualTo("admin1:CN.21");
    }

    @Test
    void nur_sultan_and_astana() {
        assertThat(only("Leaders met in Nur-Sultan.", "Nur-Sultan").place().id()).isEqualTo("gn:1526273");
        assertThat(only("Leaders met in Astana, Kazakhstan.", "Astana").place().id()).isEqualTo("gn:1526273");
    }

    @Test
    void possessives_end_the_mention_before_the_apostrophe() {
        List<ResolvedMention> found = parser.parse("Beijing's plans and Russia’s army.");
        assertThat(found).extracting(r -> r.mention().surface()).containsExactly("Beijing", "Russia");
        assertThat(found).extracting(r -> r.place().id()).containsExactly("gn:1816670", "country:RU");
    }

    @Test
    void us_and_uk_abbreviations_name_the_countries() {
        List<ResolvedMention> found = parser.parse("The U.S. and the US, the UK and the U.K. agreed.");
        assertThat(found).extracting(r -> r.mention().surface()).containsExactly("U.S.", "US", "UK", "U.K.");
        assertThat(found).extracting(r -> r.place().id()).containsExactly("country:US", "country:US", "country:GB",
                "country:GB");
    }

    @Test
    void state_abbreviations_keep_their_dot_and_place_the_town() {
        List<ResolvedMention> found = parser.parse("He grew up in Paris, Tex., and moved to Texas.");
        assertThat(found).extracting(r -> r.mention().surface()).containsExactly("Paris", "Tex.", "Texas");
        assertThat(found).extracting(r -> r.place().id()).containsExactly("gn:4717560", "admin1:US.TX",
                "admin1:US.TX");
    }

    @Test
    void a_county_named_like_a_town_elsewhere_resolves_to_the_state_the_document_names() {
        // no counties in the gazetteer; the only Standish is in Michigan
        ResolvedMention r = only("Standish County deputies in Texas made an arrest.", "Standish County");
        assertThat(r.place().id()).isEqualTo("admin1:US.TX");
        assertThat(r.decidedBy()).isEqualTo("ContainingUnitFallback");
        assertThat(r.runnersUp()).extracting(c -> c.place().id()).contains("gn:5011020");
    }

    @Test
    void a_county_between_two_states_named_as_often_goes_to_the_one_named_first() {
        assertThat(only("Standish County deputies worked with police from Kansas and from Texas.", "Standish County")
                .place().id()).isEqualTo("admin1:US.KS");
        assertThat(only("Standish County deputies worked with police from Texas and from Kansas.", "Standish County")
                .place().id()).isEqualTo("admin1:US.TX");
    }

    @Test
    void lamar_county_is_the_texas_county_when_the_document_is_about_texas() {
        ResolvedMention r = only("Lamar County deputies in Texas made an arrest.", "Lamar County");
        assertThat(r.place().id()).isEqualTo("admin2:US.48277");
        assertThat(r.runnersUp()).extracting(c -> c.place().id()).contains("admin2:US.01075");
    }

    @Test
    void a_state_before_a_common_noun_is_mentioned_but_a_person_title_is_not() {
        assertThat(surfaces("The Texas Attorney filed suit.")).containsExactly("Texas");
        assertThat(surfaces("The Badakhshan Province Council met.")).containsExactly("Badakhshan Province");
        assertThat(surfaces("President Lee visited.")).isEmpty();
    }

    @Test
    void day_and_month_names_are_not_places() {
        assertThat(surfaces("On Thursday in June, Kabul was calm.")).containsExactly("Kabul");
    }

    @Test
    void passages_of_one_document_share_context() {
        List<ResolvedMention> found = parser.parse(List.of("Faizabad fell on Sunday.",
                "Badakhshan province borders Tajikistan."));
        assertThat(found.get(0).mention().passage()).isZero();
        assertThat(found.get(0).place().id()).isEqualTo("gn:1142170");
        assertThat(found.get(1).mention().passage()).isEqualTo(1);
    }

    @Test
    void heathrow_alone_is_the_london_airport_not_the_florida_town() {
        ResolvedMention heathrow = only("The plane from Boston flew into Heathrow on Sunday.", "Heathrow");
        assertThat(heathrow.place().id()).isEqualTo("airport:LHR");
        assertThat(heathrow.place().distanceKm(51.5085, -0.12574)).isLessThan(30); // London
        assertThat(heathrow.runnersUp()).extracting(c -> c.place().id()).contains("gn:4158296");
    }

    @Test
    void heathrow_in_florida_is_the_town_when_the_text_says_so() {
        // Florida alone reads Florida, Uruguay (a PPLA of 32,234) by a hair; "Heathrow, Florida" says which of each
        List<ResolvedMention> found = parser.parse("A storm damaged homes in Heathrow, Florida, on Monday.");
        assertThat(found).extracting(r -> r.place().id()).containsExactly("gn:4158296", "admin1:US.FL");
        assertThat(found.get(0).decidedBy()).isEqualTo("ContainerAfterCommaPass");
        assertThat(found.get(0).reason()).isEqualTo("followed by “, Florida”");
        // without the comma the state is no container of the name before it
        assertThat(only("Heathrow and Florida", "Heathrow").place().id()).isEqualTo("airport:LHR");
    }

    @Test
    void an_airport_is_found_by_its_iata_code_and_a_lower_case_airport() {
        ResolvedMention jfk = only("Passengers at JFK airport were delayed.", "JFK airport");
        assertThat(jfk.place().id()).isEqualTo("airport:JFK");
        assertThat(only("Passengers at JFK Airport were delayed.", "JFK Airport").place().id())
                .isEqualTo("airport:JFK");
        // the code alone is no name: short capitals name only countries and admin-1 units
        assertThat(surfaces("Passengers at JFK were delayed.")).doesNotContain("JFK");
    }

    @Test
    void gatwick_and_dubai_international_airport_are_airports() {
        String text = "Passengers at Heathrow and JFK airport were delayed; flights from Gatwick to Dubai International "
                + "Airport were cancelled.";
        assertThat(only(text, "Gatwick").place().id()).isEqualTo("airport:LGW");
        assertThat(only(text, "Dubai International Airport").place().id()).isEqualTo("airport:DXB");
        assertThat(only(text, "Heathrow").place().id()).isEqualTo("airport:LHR");
        assertThat(only(text, "JFK airport").place().id()).isEqualTo("airport:JFK");
        assertThat(only(text, "Gatwick").reason()).isNotBlank();
    }

    @Test
    void kabul_airport_in_lower_case_is_still_the_city() {
        ResolvedMention kabul = only("Crowds gathered at Kabul airport as the last flights left.", "Kabul");
        assertThat(kabul.place().id()).isEqualTo("gn:1138958");
        // the airport's own name is the airport
        assertThat(only("Crowds gathered at Kabul International Airport.", "Kabul International Airport").place()
                .id()).isEqualTo("airport:KBL");
    }
}

package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.geoparse.PassFixture.candidate;
import static org.newsatlas.geoparse.PassFixture.leaderId;
import static org.newsatlas.geoparse.PassFixture.scores;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each pass on its own, over the fixture gazetteer. */
class ResolutionPassesTest {

    @Test
    void name_match_pass_prefers_a_places_own_name_to_an_alternate_name() {
        DocumentScores s = scores("Faizabad", "Faizabad");
        new NameMatchPass().apply(s);
        // gn:1142171's ASCII name is Faizabad; the Afghan provincial capital has it as an alternate name
        assertThat(s.score(0, candidate(s, 0, "gn:1142171"))).isGreaterThan(s.score(0, candidate(s, 0, "gn:1142170")));
        assertThat(s.evidence(0, candidate(s, 0, "gn:1142170")).get(0).reason()).isEqualTo("one of its alternate names");
    }

    @Test
    void population_rank_pass_prefers_a_provincial_capital_to_a_larger_plain_town() {
        DocumentScores s = scores("Faizabad", "Faizabad");
        new PopulationRankPass().apply(s);
        // PPLA with 44,421 people beats PPL with 153,047
        assertThat(leaderId(s, 0)).isEqualTo("gn:1142170");
        DocumentScores washington = scores("Washington", "Washington");
        new PopulationRankPass().apply(washington);
        assertThat(washington.score(0, candidate(washington, 0, "admin1:US.WA"))).isGreaterThan(0);
        assertThat(PopulationRankPass.rank(PassFixture.GAZETTEER.byId("country:CN").orElseThrow()))
                .isGreaterThan(PopulationRankPass.rank(PassFixture.GAZETTEER.byId("gn:1816670").orElseThrow()));
    }

    @Test
    void country_and_capital_pass_rewards_capitals_and_more_so_when_they_act_as_governments() {
        DocumentScores plain = scores("The mall in Washington is long.", "Washington");
        DocumentScores government = scores("Washington warned Moscow.", "Washington", "Moscow");
        CountryAndCapitalPass pass = new CountryAndCapitalPass();
        pass.apply(plain);
        pass.apply(government);
        int dc = candidate(plain, 0, "gn:4140963");
        assertThat(government.score(0, dc)).isGreaterThan(plain.score(0, dc));
        assertThat(government.evidence(0, dc).get(0).reason()).contains("government").contains("warned");
        assertThat(plain.score(0, candidate(plain, 0, "admin1:US.WA"))).isZero();
    }

    @Test
    void mexico_names_the_country_not_mexico_city_which_has_it_only_as_an_alternate_name() {
        DocumentScores s = scores("Swine flu spread in Mexico.", "Mexico");
        new NameMatchPass().apply(s);
        new CountryAndCapitalPass().apply(s);
        new PopulationRankPass().apply(s);
        assertThat(leaderId(s, 0)).isEqualTo("country:MX");
        assertThat(s.score(0, candidate(s, 0, "gn:3530597"))).isLessThan(s.score(0, candidate(s, 0, "country:MX")) - 1);
    }

    @Test
    void california_is_the_state_not_a_small_pennsylvania_town_of_that_name() {
        DocumentScores s = scores("Cases were confirmed in California.", "California");
        new AdminUnitNamePass().apply(s);
        assertThat(s.score(0, candidate(s, 0, "gn:5182733"))).isEqualTo(-AdminUnitNamePass.PENALTY);
        assertThat(s.score(0, candidate(s, 0, "admin1:US.CA"))).isZero();
        DocumentScores washington = scores("Washington", "Washington");
        new AdminUnitNamePass().apply(washington);
        assertThat(washington.score(0, candidate(washington, 0, "gn:4140963"))).as("capitals keep their chance")
                .isZero();
    }

    @Test
    void document_context_pass_boosts_candidates_in_countries_and_admin1_units_named_elsewhere() {
        DocumentScores s = scores("Paris and Texas", "Paris", "Texas");
        new NameMatchPass().apply(s);
        new PopulationRankPass().apply(s);
        double texanBefore = s.score(0, candidate(s, 0, "gn:4717560"));
        assertThat(leaderId(s, 0)).isEqualTo("gn:2988507");
        new DocumentContextPass().apply(s);
        assertThat(s.score(0, candidate(s, 0, "gn:4717560"))).isGreaterThan(texanBefore);
        int texan = candidate(s, 0, "gn:4717560");
        assertThat(s.score(0, texan)).isGreaterThan(s.score(0, candidate(s, 0, "gn:2988507")));
        assertThat(s.evidence(0, texan)).extracting(DocumentScores.Evidence::reason)
                .anyMatch(r -> r.contains("admin-1 unit is also mentioned (\"texas\")"));
    }

    @Test
    void document_context_pass_ignores_the_mentions_own_surface() {
        DocumentScores s = scores("Faizabad", "Faizabad");
        new DocumentContextPass().apply(s);
        for (int c = 0; c < s.candidates(0).size(); c++) {
            assertThat(s.evidence(0, c)).isEmpty();
        }
    }

    @Test
    void spatial_coherence_pass_prefers_the_candidate_near_other_resolved_places() {
        DocumentScores s = scores("Faizabad near Badakhshan", "Faizabad", "Badakhshan");
        new PopulationRankPass().apply(s);
        new SpatialCoherencePass().apply(s);
        int afghan = candidate(s, 0, "gn:1142170");
        assertThat(s.evidence(0, afghan)).extracting(DocumentScores.Evidence::pass).contains("SpatialCoherencePass");
        assertThat(s.evidence(0, candidate(s, 0, "gn:1271976"))).extracting(DocumentScores.Evidence::pass)
                .doesNotContain("SpatialCoherencePass");
    }

    @Test
    void every_standard_pass_describes_itself() {
        assertThat(MentionResolver.standard().passes()).extracting(ResolutionPass::name).containsExactly(
                "NameMatchPass", "CountryAndCapitalPass", "PopulationRankPass", "AdminUnitNamePass",
                "DocumentContextPass", "SpatialCoherencePass", "CountryPhrasePass", "ContainerAfterCommaPass");
        assertThat(MentionResolver.standard().passes()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
    }

    @Test
    void every_pass_a_resolver_rule_reads_is_a_standard_pass_and_its_evidence_is_recognised_by_type() {
        List<ResolutionPass> standard = MentionResolver.standard().passes();
        assertThat(MentionResolver.PASSES_RULES_READ).isNotEmpty().allSatisfy(type ->
                assertThat(standard).as("standard passes holding a %s", type.getSimpleName())
                        .filteredOn(type::isInstance).hasSize(1));
        DocumentScores s = scores("Faizabad near Badakhshan", "Faizabad", "Badakhshan");
        for (ResolutionPass pass : standard) {
            s.add(0, 0, pass, 0, "by " + pass.name());
        }
        for (Class<? extends ResolutionPass> type : MentionResolver.PASSES_RULES_READ) {
            // the stored decided-by text stays the pass's name; the rules match on its type
            assertThat(s.evidence(0, 0)).filteredOn(e -> e.isFrom(type)).singleElement()
                    .satisfies(e -> assertThat(e.pass()).isEqualTo(type.getSimpleName()));
        }
    }

    @Test
    void a_reason_is_worded_only_when_read_and_then_says_what_vouched() {
        DocumentScores s = scores("Faizabad lies in Badakhshan, Afghanistan.", "Faizabad", "Badakhshan", "Afghanistan");
        new PopulationRankPass().apply(s);
        new DocumentContextPass().apply(s);
        int afghan = candidate(s, 0, "gn:1142170");
        java.util.concurrent.atomic.AtomicInteger worded = new java.util.concurrent.atomic.AtomicInteger();
        s.add(0, afghan, new DocumentContextPass(), 0, () -> "counted " + worded.incrementAndGet());
        assertThat(worded).hasValue(0);
        assertThat(s.evidence(0, afghan)).extracting(DocumentScores.Evidence::reason)
                .contains("PPLA with population 44,421", "counted 1")
                .anyMatch(r -> r.startsWith("its admin-1 unit is also mentioned (\"badakhshan"));
    }

    @Test
    void populations_in_reasons_are_grouped_by_thousands() {
        assertThat(PopulationRankPass.grouped(0)).isEqualTo("0");
        assertThat(PopulationRankPass.grouped(999)).isEqualTo("999");
        assertThat(PopulationRankPass.grouped(1000)).isEqualTo("1,000");
        assertThat(PopulationRankPass.grouped(8_336_817)).isEqualTo("8,336,817");
        assertThat(PopulationRankPass.grouped(123_456_789_012L)).isEqualTo("123,456,789,012");
    }
}

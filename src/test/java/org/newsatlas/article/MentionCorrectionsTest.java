package org.newsatlas.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsatlas.text.CleanedArticle;
import org.newsatlas.text.PassageKind;
import org.newsatlas.text.PassageSpan;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.analysis.AnalyzedArticle;
import org.newsatlas.analysis.AnalyzedPassage;
import org.newsatlas.geoparse.Candidate;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.geoparse.TaggedMonth;
import org.newsatlas.geoparse.TimePrecision;

class MentionCorrectionsTest {

    private static final String TEXT = "Floods hit Fayzabad\n\nThe river rose in Fayzabad and in Paris on Monday.";
    private static final Place BADAKHSHAN_FAYZABAD = city("gn:1142170", "Fayzabad", "AF", 44_000);
    private static final Place INDIAN_FYZABAD = city("gn:1271976", "Fyzabad", "IN", 153_000);
    private static final Place PARIS = city("gn:2988507", "Paris", "FR", 2_100_000);
    private static final Place PARIS_TEXAS = city("gn:4717560", "Paris", "US", 25_000);
    private static final Map<String, Place> GAZETTEER = Map.of(BADAKHSHAN_FAYZABAD.id(), BADAKHSHAN_FAYZABAD,
            INDIAN_FYZABAD.id(), INDIAN_FYZABAD, PARIS.id(), PARIS, PARIS_TEXAS.id(), PARIS_TEXAS);

    private final MentionCorrections corrections = new MentionCorrections(id -> Optional.ofNullable(GAZETTEER.get(id)));
    private final int fayzabad = TEXT.lastIndexOf("Fayzabad");
    private final int paris = TEXT.indexOf("Paris");

    @Test
    void a_reassignment_sets_the_place_with_full_confidence_and_keeps_the_parsers_answer_as_first_runner_up() {
        var correction = new MentionCorrection(1, fayzabad, fayzabad + 8, "Fayzabad", BADAKHSHAN_FAYZABAD.id());

        var result = corrections.apply(TEXT, analyzed(), List.of(correction));

        LocatedMention corrected = mentionAt(result.analyzed(), fayzabad);
        assertThat(corrected.place()).isEqualTo(BADAKHSHAN_FAYZABAD);
        assertThat(corrected.confidence()).isEqualTo(1.0);
        assertThat(corrected.decidedBy()).isEqualTo("user correction");
        assertThat(corrected.reason()).contains("the geoparser said Fyzabad (PopulationRankPass)");
        assertThat(corrected.runnersUp()).extracting(c -> c.place().id()).containsExactly(INDIAN_FYZABAD.id());
        assertThat(result.applied()).containsExactly(correction);
        assertThat(result.analyzed().mentions()).extracting(LocatedMention::text).containsExactly("Fayzabad", "Paris");
    }

    @Test
    void not_a_place_drops_the_mention_and_leaves_the_others() {
        var correction = MentionCorrection.notAPlace(1, paris, paris + 5, "Paris");

        var result = corrections.apply(TEXT, analyzed(), List.of(correction));

        assertThat(result.analyzed().mentions()).extracting(LocatedMention::text, m -> m.place().id())
                .containsExactly(tuple("Fayzabad", INDIAN_FYZABAD.id()));
        assertThat(result.applied()).containsExactly(correction);
    }

    @Test
    void a_reassignment_where_the_parser_found_nothing_creates_the_mention_in_text_order() {
        int headline = TEXT.indexOf("Fayzabad");
        var correction = new MentionCorrection(1, headline, headline + 8, "Fayzabad", BADAKHSHAN_FAYZABAD.id());

        var result = corrections.apply(TEXT, analyzed(), List.of(correction));

        assertThat(result.analyzed().passages().get(0).mentions()).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(headline);
            assertThat(m.passage()).isZero();
            assertThat(m.place()).isEqualTo(BADAKHSHAN_FAYZABAD);
            assertThat(m.runnersUp()).isEmpty();
            assertThat(m.reason()).contains("found no place here");
        });
        assertThat(result.analyzed().mentions()).extracting(LocatedMention::start)
                .containsExactly(headline, fayzabad, paris);
    }

    @Test
    void a_reassignment_of_a_longer_span_replaces_the_parsers_overlapping_mention() {
        int start = TEXT.indexOf("Paris on Monday");
        var correction = new MentionCorrection(1, start, start + 15, "Paris on Monday", PARIS_TEXAS.id());

        var result = corrections.apply(TEXT, analyzed(), List.of(correction));

        assertThat(result.analyzed().mentions()).extracting(LocatedMention::text, m -> m.place().id())
                .containsExactly(tuple("Fayzabad", INDIAN_FYZABAD.id()), tuple("Paris on Monday", PARIS_TEXAS.id()));
    }

    @Test
    void a_correction_whose_text_is_no_longer_there_is_not_applied() {
        var stale = new MentionCorrection(1, paris, paris + 5, "Lyon", PARIS_TEXAS.id());
        var outside = new MentionCorrection(1, TEXT.length() - 3, TEXT.length() + 4, "day.", PARIS_TEXAS.id());

        var result = corrections.apply(TEXT, analyzed(), List.of(stale, outside));

        assertThat(result.applied()).isEmpty();
        assertThat(mentionAt(result.analyzed(), paris).place()).isEqualTo(PARIS);
    }

    @Test
    void a_reassignment_to_a_place_the_gazetteer_no_longer_has_leaves_the_parsers_answer() {
        var gone = new MentionCorrection(1, paris, paris + 5, "Paris", "gn:999999999");

        var result = corrections.apply(TEXT, analyzed(), List.of(gone));

        assertThat(result.applied()).isEmpty();
        assertThat(mentionAt(result.analyzed(), paris).decidedBy()).isEqualTo("CountryAndCapitalPass");
    }

    private AnalyzedArticle analyzed() {
        PassageSpan headline = new PassageSpan(0, 0, 19, PassageKind.HEADLINE, "first-line");
        PassageSpan body = new PassageSpan(1, 21, TEXT.length(), PassageKind.BODY, "default");
        List<TaggedMonth> august = List.of(new TaggedMonth(YearMonth.of(2021, 8), TimePrecision.MONTH));
        LocatedMention fyzabad = new LocatedMention(fayzabad, fayzabad + 8, "Fayzabad", 1, false, INDIAN_FYZABAD,
                0.4, "PopulationRankPass", "larger", List.of(new Candidate(BADAKHSHAN_FAYZABAD, 0.3)));
        LocatedMention paris = new LocatedMention(this.paris, this.paris + 5, "Paris", 1, false, PARIS,
                0.9, "CountryAndCapitalPass", "capital", List.of(new Candidate(PARIS_TEXAS, 0.1)));
        return new AnalyzedArticle(new CleanedArticle(TEXT, List.of(headline, body), Optional.of("Floods hit Fayzabad")),
                List.of(new AnalyzedPassage(headline, august, true, List.of()),
                        new AnalyzedPassage(body, august, true, List.of(fyzabad, paris))));
    }

    private static LocatedMention mentionAt(AnalyzedArticle analyzed, int start) {
        return analyzed.mentions().stream().filter(m -> m.start() == start).findFirst().orElseThrow();
    }

    private static Place city(String id, String name, String country, long population) {
        return new Place(id, name, PlaceKind.CITY, country, null, "PPL", 0, 0, population);
    }
}

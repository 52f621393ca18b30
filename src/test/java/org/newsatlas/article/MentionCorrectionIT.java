package org.newsatlas.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.PastedArticle;
import org.newsatlas.article.ingest.ReprocessReport;
import org.newsatlas.article.ingest.ReprocessService;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A person corrects places against real H2 and the real layers; corrections survive re-analysis of the corpus. */
@SpringBootTest(properties = "newsatlas.seed.enabled=false")
class MentionCorrectionIT {

    private static final Path DATA = TempDataDir.create("corrections");

    @Autowired
    ArticleImportService importer;
    @Autowired
    MentionCorrectionService corrections;
    @Autowired
    ReprocessService reprocessing;
    @Autowired
    ArticleService articles;
    @Autowired
    LayerService layers;
    @Autowired
    MentionCorrectionRepository correctionRows;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MentionRepository mentionRows;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void a_mention_corrected_to_a_runner_up_moves_on_the_map_and_stays_corrected_after_reprocessing() {
        long id = store("Floods in Fayzabad", "Floods hit Fayzabad on Monday, officials in Kabul said.\n\n"
                + "The road north of Kabul was cut by a landslide on Tuesday.");
        StoredMention fayzabad = mention(id, "Fayzabad");
        MentionChoices before = corrections.choices(id, fayzabad.start(), fayzabad.end()).orElseThrow();
        assertThat(before.candidates()).isNotEmpty();
        PlaceChoice runnerUp = before.candidates().get(0);
        assertThat(runnerUp.gazetteerId()).isNotEqualTo(fayzabad.gazetteerId());

        corrections.reassign(id, fayzabad.start(), fayzabad.end(), runnerUp.gazetteerId());

        StoredMention corrected = mention(id, "Fayzabad");
        assertThat(corrected.gazetteerId()).isEqualTo(runnerUp.gazetteerId());
        assertThat(corrected.decidedBy()).isEqualTo("user correction");
        assertThat(corrected.confidence()).isEqualTo(1.0);
        assertThat(mapIds()).contains(runnerUp.gazetteerId()).doesNotContain(fayzabad.gazetteerId());
        MentionChoices after = corrections.choices(id, fayzabad.start(), fayzabad.end()).orElseThrow();
        assertThat(after.isCorrected()).isTrue();
        assertThat(after.candidates()).extracting(PlaceChoice::gazetteerId).first()
                .isEqualTo(fayzabad.gazetteerId());

        ReprocessReport report = reprocessing.reprocessAll(p -> { });

        assertThat(report.failures()).isEmpty();
        assertThat(report.corrections()).isEqualTo(1);
        assertThat(report.summary()).isEqualTo("re-analysed 1 of 1 article, failed 0, user corrections kept 1");
        assertThat(mention(id, "Fayzabad").gazetteerId()).isEqualTo(runnerUp.gazetteerId());
        assertThat(mention(id, "Fayzabad").decidedBy()).isEqualTo("user correction");

        assertThat(corrections.undo(id, fayzabad.start(), fayzabad.end())).isTrue();

        assertThat(mention(id, "Fayzabad").gazetteerId()).isEqualTo(fayzabad.gazetteerId());
        assertThat(mention(id, "Fayzabad").decidedBy()).isEqualTo(fayzabad.decidedBy());
        assertThat(mapIds()).contains(fayzabad.gazetteerId()).doesNotContain(runnerUp.gazetteerId());
        articles.delete(id);
    }

    @Test
    void the_place_lookup_tells_namesakes_apart_by_their_state_or_province() {
        List<PlaceChoice> londons = corrections.findPlaces("London", 12);
        List<String> labels = londons.stream().map(PlaceChoice::label).toList();
        assertThat(labels).contains("London (Ontario, CA) · city", "London (Kentucky, US) · city");
        assertThat(labels.stream().filter(l -> l.contains(", US) · city")).toList()).as(labels.toString())
                .isNotEmpty().doesNotHaveDuplicates();
        assertThat(labels).noneMatch(l -> l.equals("London (US) · city"));
    }

    @Test
    void a_places_runners_up_on_the_map_name_their_state_or_province_and_kind() {
        long id = store("Storms in Springfield", "Storms hit Springfield on Monday, the mayor said.\n\n"
                + "Roads around Springfield were closed on Tuesday.");
        String chosen = mention(id, "Springfield").gazetteerId();
        PlaceResolution resolution = articles.placeResolution(chosen).orElseThrow();
        assertThat(resolution.runnersUp()).as("Springfield's namesakes").isNotEmpty()
                .allMatch(label -> label.matches("Springfield \\([A-Z][a-z]+( [A-Z][a-z]+)*, US\\) · city"))
                .doesNotHaveDuplicates();
        articles.delete(id);
    }

    @Test
    void not_a_place_removes_the_place_from_the_places_layer_until_undone() {
        long id = store("Rain in Khorog", "Heavy rain fell on Khorog on Monday.\n\nShops in Khorog stayed shut.");
        List<StoredMention> khorog = articles.reading(id).orElseThrow().mentions();
        assertThat(khorog).extracting(StoredMention::placeName).containsExactly("Khorugh", "Khorugh");
        String place = khorog.get(0).gazetteerId();
        assertThat(placesLayer()).contains(place);

        corrections.markNotAPlace(id, khorog.get(0).start(), khorog.get(0).end());

        assertThat(articles.reading(id).orElseThrow().mentions()).extracting(StoredMention::start)
                .containsExactly(khorog.get(1).start());
        assertThat(placesLayer()).contains(place);
        corrections.markNotAPlace(id, khorog.get(1).start(), khorog.get(1).end());
        assertThat(articles.reading(id).orElseThrow().mentions()).isEmpty();
        assertThat(placesLayer()).doesNotContain(place);
        assertThat(reprocessing.reprocessAll(p -> { }).corrections()).isEqualTo(2);
        assertThat(placesLayer()).doesNotContain(place);
        MentionChoices marked = corrections.choices(id, khorog.get(0).start(), khorog.get(0).end()).orElseThrow();
        assertThat(marked.current()).isEmpty();
        assertThat(marked.correction().orElseThrow().isNotAPlace()).isTrue();

        corrections.undo(id, khorog.get(0).start(), khorog.get(0).end());

        assertThat(placesLayer()).contains(place);
        assertThat(corrections.corrections(id)).extracting(MentionCorrection::start)
                .containsExactly(khorog.get(1).start());
        articles.delete(id);
        assertThat(correctionRows.count()).isZero();
    }

    @Test
    void a_place_the_geoparser_missed_is_added_from_its_words_and_kept_through_reanalysis() {
        String text = "Water rose near the pamir town of khorog on Monday.\n\nOfficials in Kabul said so.";
        long id = store("Water rising", text);
        assertThat(articles.reading(id).orElseThrow().mentions()).extracting(StoredMention::placeName)
                .containsExactly("Kabul");
        String original = articles.reading(id).orElseThrow().article().originalText();
        int start = original.indexOf("khorog");
        int end = start + "khorog".length();

        MentionChoices choices = corrections.choicesToAdd(id, start, end);
        assertThat(choices.surface()).isEqualTo("khorog");
        assertThat(choices.current()).isEmpty();
        assertThat(choices.candidates()).extracting(PlaceChoice::name).contains("Khorugh");
        String khorugh = choices.candidates().stream().filter(c -> c.name().equals("Khorugh")).findFirst()
                .orElseThrow().gazetteerId();
        corrections.addPlace(id, start, end, khorugh);

        assertThat(articles.reading(id).orElseThrow().mentions()).extracting(StoredMention::placeName)
                .containsExactly("Khorugh", "Kabul");
        assertThat(mapIds()).contains(khorugh);
        reprocessing.reprocessAll(p -> { });
        assertThat(articles.reading(id).orElseThrow().mentions()).extracting(StoredMention::placeName)
                .containsExactly("Khorugh", "Kabul");
        assertThat(corrections.choicesToAdd(id, start, end).isCorrected()).as("now a correction").isTrue();
        articles.delete(id); // other tests count the store's corrections
    }

    @Test
    void words_that_cannot_be_a_place_are_refused_with_the_reason_and_nothing_is_stored() {
        String text = "Water rose near the pamir town of khorog on Monday.\n\nOfficials in Kabul said so.";
        long id = store("Water rising", text);
        String original = articles.reading(id).orElseThrow().article().originalText();
        int town = original.indexOf("town");
        int kabul = original.indexOf("Kabul");
        assertThatThrownBy(() -> corrections.choicesToAdd(id, town - 1, town + 4))
                .hasMessageContaining("without the spaces around them");
        assertThatThrownBy(() -> corrections.choicesToAdd(id, town, kabul + "Kabul".length()))
                .hasMessageContaining("within one of them");
        assertThatThrownBy(() -> corrections.choicesToAdd(id, 0, original.length()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> corrections.addPlace(id, town, town + 4, "gn:0"))
                .hasMessageContaining("no place gn:0");
        assertThatThrownBy(() -> corrections.choicesToAdd(id, -1, 3)).hasMessageContaining("select the words");
        assertThat(corrections.corrections(id)).isEmpty();
    }

    @Test
    void words_corrected_for_the_whole_corpus_change_every_article_now_and_later_until_taken_back() {
        long first = store("Herders in Naryn", "Herders near Naryn moved their flocks on Monday.");
        long second = store("Market in Naryn", "Trade in Naryn grew, officials in Bishkek said.");
        StoredMention naryn = mention(first, "Naryn");
        String town = naryn.gazetteerId();
        // a correction of one span wins over the corpus-wide answer
        StoredMention own = mention(second, "Naryn");
        corrections.reassign(second, own.start(), own.end(), "country:KG");

        assertThat(corrections.correctInCorpus(first, naryn.start(), naryn.end(), null)).isEqualTo(2);

        assertThat(articles.reading(first).orElseThrow().mentions()).isEmpty();
        assertThat(articles.reading(second).orElseThrow().mentions()).extracting(StoredMention::placeName)
                .containsExactly("Kyrgyzstan", "Bishkek");
        long later = store("Road to Naryn", "The road to Naryn reopened on Tuesday.");
        assertThat(articles.reading(later).orElseThrow().mentions()).as("an article added later").isEmpty();
        assertThat(corrections.corpusAnswer("Naryn")).contains(Optional.empty());

        StoredMention bishkek = mention(second, "Bishkek");
        assertThat(corrections.correctInCorpus(second, bishkek.start(), bishkek.end(), town)).isEqualTo(1);
        assertThat(articles.reading(second).orElseThrow().mentions()).extracting(StoredMention::placeName)
                .containsExactly("Kyrgyzstan", "Naryn");
        assertThat(jdbc.sql("SELECT decided_by FROM mention WHERE surface = 'Bishkek'").query(String.class).list())
                .containsOnly(MentionCorrections.BY_WORDS);

        assertThat(corrections.undoInCorpus("Naryn")).isEqualTo(3);
        assertThat(corrections.undoInCorpus("Bishkek")).isEqualTo(1);
        assertThat(corrections.undoInCorpus("Bishkek")).as("nothing left to undo").isZero();
        assertThat(articles.reading(later).orElseThrow().mentions()).extracting(StoredMention::gazetteerId)
                .containsExactly(town);
        assertThat(mention(second, "Bishkek").placeName()).isEqualTo("Bishkek");
        List.of(first, second, later).forEach(articles::delete); // other tests count the store's corrections
    }

    @Test
    void a_places_resolution_facts_from_its_tally_are_those_counted_from_its_mentions() {
        long id = store("Kabul talks", "Talks in Kabul went on.\n\nKabul said so.\n\nIn Kabul, traders waited.");
        String kabul = mention(id, "Kabul").gazetteerId();
        PlaceResolution counted = mentionRows.resolutionOf(kabul, PlaceChoice::label, Integer.MAX_VALUE).orElseThrow();
        PlaceResolution tallied = mentionRows.resolutionOf(kabul, PlaceChoice::label, 0).orElseThrow();

        assertThat(counted.mentions()).isGreaterThanOrEqualTo(3);
        assertThat(tallied.mentions()).isEqualTo(counted.mentions());
        assertThat(tallied.meanConfidence()).isCloseTo(counted.meanConfidence(), org.assertj.core.api.Assertions
                .within(1e-9));
        assertThat(tallied.decidedBy()).isEqualTo(counted.decidedBy());
        assertThat(tallied.runnersUp()).isEqualTo(counted.runnersUp());
        articles.delete(id);
    }

    @Test
    void every_mention_of_the_same_words_in_an_article_is_corrected_at_once_and_undone_at_once() {
        long id = store("Rain in Khorog", "Heavy rain fell on Khorog on Monday.\n\nShops in Khorog stayed shut."
                + "\n\nIn Kabul, officials said the road to Khorog would reopen.");
        List<StoredMention> khorog = articles.reading(id).orElseThrow().mentions().stream()
                .filter(m -> m.placeName().equals("Khorugh")).toList();
        assertThat(khorog).hasSize(3);
        StoredMention second = khorog.get(1);
        assertThat(corrections.sameNameCount(id, second.start(), second.end())).isEqualTo(3);

        assertThat(corrections.reassignInArticle(id, second.start(), second.end(), "country:TJ")).isEqualTo(3);
        assertThat(articles.reading(id).orElseThrow().mentions()).extracting(StoredMention::placeName)
                .containsExactly("Tajikistan", "Tajikistan", "Kabul", "Tajikistan");
        assertThat(corrections.markNotAPlaceInArticle(id, khorog.get(0).start(), khorog.get(0).end())).isEqualTo(3);
        assertThat(articles.reading(id).orElseThrow().mentions()).extracting(StoredMention::placeName)
                .containsExactly("Kabul");
        assertThat(corrections.sameNameCount(id, second.start(), second.end())).as("corrections count").isEqualTo(3);

        assertThat(corrections.undoInArticle(id, second.start(), second.end())).isEqualTo(3);
        assertThat(corrections.corrections(id)).isEmpty();
        assertThat(articles.reading(id).orElseThrow().mentions()).extracting(StoredMention::placeName)
                .containsExactly("Khorugh", "Khorugh", "Kabul", "Khorugh");
        // another name is left alone
        StoredMention kabul = mention(id, "Kabul");
        assertThat(corrections.sameNameCount(id, kabul.start(), kabul.end())).isEqualTo(1);
    }

    @Test
    void a_correction_where_the_parser_finds_no_place_creates_the_mention_when_the_article_is_reanalysed() {
        String text = "Water rose along the old canal on Monday.\n\nFarmers near Osh were worried.";
        long id = store("Canal", text);
        int start = text.indexOf("the old canal");
        correctionRows.save(new MentionCorrection(id, start, start + 13, "the old canal", "gn:1527534"));

        reprocessing.reprocessAll(p -> { });

        assertThat(articles.reading(id).orElseThrow().mentions())
                .filteredOn(m -> m.start() == start).singleElement().satisfies(m -> {
                    assertThat(m.end()).isEqualTo(start + 13);
                    assertThat(m.gazetteerId()).isEqualTo("gn:1527534");
                    assertThat(m.decidedBy()).isEqualTo("user correction");
                });
        articles.delete(id);
    }

    @Test
    void a_forged_span_or_an_unknown_place_is_refused_and_changes_nothing() {
        long id = store("Snow in Osh", "Snow fell in Osh on Monday.\n\nThe pass to Sary-Tash was closed.");
        StoredMention osh = mention(id, "Osh");

        assertThatThrownBy(() -> corrections.reassign(id, 0, 4, "gn:1527534"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no place mention at [0, 4)");
        assertThatThrownBy(() -> corrections.reassign(id, osh.start(), osh.end(), "gn:0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no place gn:0 in the gazetteer");
        assertThat(corrections.corrections(id)).isEmpty();
        assertThat(mention(id, "Osh").decidedBy()).isNotEqualTo("user correction");
        assertThat(corrections.undo(id, osh.start(), osh.end())).isFalse();
        articles.delete(id);
    }

    private long store(String title, String text) {
        return importer.importPasted(new PastedArticle(title, "Test Wire", LocalDate.of(2021, 8, 2), text)).articleId();
    }

    private StoredMention mention(long articleId, String surface) {
        ArticleReading reading = articles.reading(articleId).orElseThrow();
        return reading.mentions().stream()
                .filter(m -> reading.article().originalText().substring(m.start(), m.end()).equals(surface))
                .findFirst().orElseThrow(() -> new AssertionError("no mention of " + surface));
    }

    private List<String> placesLayer() {
        return layers.mentionedFeatures(LayerName.PLACES, MonthWindow.ALL_TIME, List.of()).stream()
                .map(f -> FeatureSummary.of(LayerName.PLACES, f).id()).toList();
    }

    /** Every feature on the map: a place may be drawn as a capital, a country or a place. */
    private List<String> mapIds() {
        return layers.summaries(MonthWindow.ALL_TIME).stream().map(FeatureSummary::id).toList();
    }
}

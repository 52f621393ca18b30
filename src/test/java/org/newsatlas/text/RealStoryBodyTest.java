package org.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.NewsCorpus;

/**
 * Real news stories (the shared evaluation corpora LGL and GeoVirus, read from {@code ../shared/eval/}) saved as
 * an analyst saves them: a plain-text file whose first line is the title. Their prose is the article's body: an
 * import that reported "0 passages, N set aside as boilerplate" for such a file was a classifier defect.
 */
class RealStoryBodyTest {

    private static final Map<String, String> FILES = new LinkedHashMap<>();
    private final ArticleCleaner cleaner = new ArticleCleaner(Lexicon.empty());

    @BeforeAll
    static void readStories() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path eval = NewsCorpus.sharedFolder().resolve("eval");
        for (String corpus : List.of("LGL.docs.jsonl", "GeoVirus.docs.jsonl")) {
            for (String line : Files.readAllLines(eval.resolve(corpus))) {
                JsonNode doc = json.readTree(line);
                String title = doc.path("title").asText("");
                FILES.put(doc.get("doc_id").asText(), (title.isBlank() ? "" : title + "\n\n") + doc.get("text").asText());
            }
        }
        assertThat(FILES).hasSizeGreaterThan(800);
    }

    private CleanedArticle file(String docId) {
        assertThat(FILES).containsKey(docId);
        return cleaner.clean(FILES.get(docId));
    }

    private static String bodyText(CleanedArticle article) {
        return String.join("\n", article.bodyPassages().stream().map(article::text).toList());
    }

    @Test
    void a_long_story_ending_in_the_reporters_email_address_without_a_full_stop_is_body_not_standfirst() {
        CleanedArticle article = file("lgl-42267097");
        assertThat(article.passagesOfKind(PassageKind.STANDFIRST)).isEmpty();
        assertThat(bodyText(article)).contains("A 36-year-old Palestine man who successfully eluded authorities");
    }

    @Test
    void a_one_paragraph_story_cut_off_mid_sentence_is_body() {
        CleanedArticle article = file("lgl-41539050");
        assertThat(bodyText(article)).contains("The City Council on Monday authorized the refinancing");
        assertThat(article.headline()).contains("Mansfield OKs refinancing $10.3 million in debt");
    }

    @Test
    void a_story_whose_last_words_are_a_photo_credit_is_still_body() {
        assertThat(bodyText(file("lgl-41407219")))
                .contains("A Charleston man fled Sarah Bush Lincoln Hospital following an alcohol-related accident");
    }

    @Test
    void a_story_told_only_in_captions_keeps_them_as_its_body() {
        assertThat(bodyText(file("lgl-41607025"))).contains("Ozark police cordoned off Ozark Dodge");
    }

    @Test
    void every_story_of_both_corpora_saved_as_a_titled_text_file_has_body_passages() {
        List<String> withoutBody = FILES.entrySet().stream()
                .filter(e -> cleaner.clean(e.getValue()).bodyPassages().isEmpty())
                .map(Map.Entry::getKey).toList();
        assertThat(withoutBody).isEmpty();
    }

    @Test
    void a_standfirst_over_the_story_is_still_a_standfirst() {
        CleanedArticle article = cleaner.clean("""
                Floods cut off villages along the river

                Thousands of families were stranded as the river burst its banks after a week of heavy rain in the hills above the valley towns

                Rescue teams reached the first villages on Tuesday, officials said. More teams are on their way.
                """);
        assertThat(article.passages()).extracting(PassageSpan::kind)
                .containsExactly(PassageKind.HEADLINE, PassageKind.STANDFIRST, PassageKind.BODY);
    }
}

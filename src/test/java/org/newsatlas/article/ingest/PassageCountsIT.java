package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.article.ArticleFilter;
import org.newsatlas.article.ArticleListService;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.ArticleSort;
import org.newsatlas.article.ArticleSummary;
import org.newsatlas.support.NewsCorpus;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import's result line, the Articles list and the header's total count the same passages, for real stories
 * saved as titled text files (from the shared evaluation corpora), among them stories the classifier once set
 * aside whole.
 */
@SpringBootTest(properties = "newsatlas.seed.enabled=false")
class PassageCountsIT {

    private static final Path DATA = TempDataDir.create("passage-counts");
    private static final Pattern PASSAGES = Pattern.compile("^(\\d+) passages?(, (\\d+) set aside as boilerplate)?$");
    private static final List<String> STORIES = List.of("lgl-42267097", "lgl-41539050", "lgl-41407219",
            "lgl-41607025", "lgl-40450848", "geovirus-0");

    @Autowired
    ArticleImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleListService list;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void result_line_articles_list_and_header_count_the_same_passages(@TempDir Path dir) throws IOException {
        writeStories(dir);
        long before = articles.stats().bodyPassages();

        ImportReport report = importer.importPaths(List.of(dir), p -> { });

        assertThat(report.files()).hasSize(STORIES.size()).allMatch(f -> f.result() == FileOutcome.Result.IMPORTED);
        long total = 0;
        for (FileOutcome file : report.files()) {
            Matcher counts = PASSAGES.matcher(file.message());
            assertThat(counts.matches()).as(file.message()).isTrue();
            int passages = Integer.parseInt(counts.group(1));
            assertThat(passages).as(file.source() + " has body passages").isPositive();
            ArticleSummary row = list.find(ArticleFilter.NONE, ArticleSort.NEWEST_FIRST, 0, 1000).stream()
                    .filter(a -> a.id() == file.articleId()).findFirst().orElseThrow();
            assertThat(row.passages()).as(file.source()).isEqualTo(passages);
            total += passages;
        }
        assertThat(articles.stats().bodyPassages() - before).isEqualTo(total);
    }

    @Test
    void a_titled_text_files_headline_is_not_counted_as_boilerplate(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rain.txt"), """
                Rain returns to the valley

                Farmers in the valley welcomed the first rain in months on Monday, officials said.
                """);

        FileOutcome file = importer.importPaths(List.of(dir), p -> { }).files().get(0);

        assertThat(file.message()).isEqualTo("1 passage");
    }

    private static void writeStories(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path eval = NewsCorpus.sharedFolder().resolve("eval");
        for (String corpus : List.of("LGL.docs.jsonl", "GeoVirus.docs.jsonl")) {
            for (String line : Files.readAllLines(eval.resolve(corpus))) {
                JsonNode doc = json.readTree(line);
                String id = doc.get("doc_id").asText();
                if (STORIES.contains(id)) {
                    String title = doc.path("title").asText("");
                    Files.writeString(dir.resolve(id + ".txt"),
                            (title.isBlank() ? "" : title + "\n\n") + doc.get("text").asText());
                }
            }
        }
    }
}

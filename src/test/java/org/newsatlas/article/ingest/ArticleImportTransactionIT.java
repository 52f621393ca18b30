package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A failure while an article is being stored leaves nothing of it; the rest of the batch is stored. */
@SpringBootTest(properties = "newsatlas.seed.enabled=false")
class ArticleImportTransactionIT {

    private static final Path DATA = TempDataDir.create("import-transaction");

    @Autowired
    ArticleImportService importer;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @BeforeEach
    void injectFailure() {
        jdbc.sql("CREATE TRIGGER poison_passage BEFORE INSERT ON passage FOR EACH ROW CALL '"
                + PoisonPassageTrigger.class.getName() + "'").update();
    }

    @AfterEach
    void removeFailure() {
        jdbc.sql("DROP TRIGGER poison_passage").update();
    }

    @Test
    void a_failure_after_passages_are_written_leaves_nothing_of_that_article_and_the_batch_goes_on() {
        ImportReport report = importer.importSources(List.of(
                source("before.txt", "Aral"), source("poison.txt", "Ili"), source("after.txt", "Naryn")), p -> { });

        assertThat(PoisonPassageTrigger.PASSAGES_WRITTEN_BEFORE_FAILURE.get()).isEqualTo(2);
        assertThat(report.files()).extracting(FileOutcome::source, FileOutcome::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple("before.txt", FileOutcome.Result.IMPORTED),
                org.assertj.core.groups.Tuple.tuple("poison.txt", FileOutcome.Result.FAILED),
                org.assertj.core.groups.Tuple.tuple("after.txt", FileOutcome.Result.IMPORTED));
        assertThat(report.failures().get(0).message())
                .startsWith("could not be stored: ").contains("injected failure after passages were written");
        assertThat(jdbc.sql("SELECT source_name FROM article ORDER BY id").query(String.class).list())
                .containsExactly("before.txt", "after.txt");
        long passagesOfStored = jdbc.sql("SELECT COUNT(*) FROM passage p JOIN article a ON a.id = p.article_id")
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passage").query(Long.class).single())
                .isEqualTo(passagesOfStored).isGreaterThanOrEqualTo(8);
    }

    private static ArticleSource source(String name, String river) {
        String text = String.join("\n\n",
                "Water levels on the " + river + " fell sharply this summer, local officials said on Monday.",
                "Farmers along the " + river + " said their fields had received half the usual water.",
                "The regional government promised to review the allocation of water between districts.",
                "Engineers will inspect the canals along the " + river + " before the autumn sowing begins.");
        return ArticleSource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }
}

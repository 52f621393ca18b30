package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.NewArticle;
import org.newsatlas.article.PreparedArticle;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A failure while an article is being stored leaves nothing of it; the rest of the batch (and group) is stored. */
@SpringBootTest(properties = "newsatlas.seed.enabled=false")
class ArticleImportTransactionIT {

    private static final Path DATA = TempDataDir.create("import-transaction");

    @Autowired
    ArticleImportService importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleService articles;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @BeforeEach
    void injectFailure() {
        if (PostgresTestStore.active()) {
            // PostgreSQL: the same trigger in PL/pgSQL; the passages it saw travel in its message
            jdbc.sql("""
                    CREATE OR REPLACE FUNCTION poison_passage() RETURNS trigger LANGUAGE plpgsql AS $$
                    DECLARE written INT;
                    BEGIN
                        IF NEW.ordinal = 2 AND EXISTS (SELECT 1 FROM article
                                WHERE id = NEW.article_id AND source_name LIKE 'poison%') THEN
                            SELECT COUNT(*) INTO written FROM passage WHERE article_id = NEW.article_id;
                            RAISE EXCEPTION 'injected failure after passages were written (% written)', written;
                        END IF;
                        RETURN NEW;
                    END $$""").update();
            jdbc.sql("CREATE TRIGGER poison_passage BEFORE INSERT ON passage FOR EACH ROW"
                    + " EXECUTE FUNCTION poison_passage()").update();
            return;
        }
        jdbc.sql("CREATE TRIGGER poison_passage BEFORE INSERT ON passage FOR EACH ROW CALL '"
                + PoisonPassageTrigger.class.getName() + "'").update();
    }

    @AfterEach
    void removeFailure() {
        jdbc.sql("DROP TRIGGER poison_passage" + (PostgresTestStore.active() ? " ON passage" : "")).update();
    }

    /** How many passages of the poisoned article were written when its insert failed. */
    private static int passagesWrittenBeforeFailure(ImportReport report) {
        if (!PostgresTestStore.active()) {
            return PoisonPassageTrigger.PASSAGES_WRITTEN_BEFORE_FAILURE.get();
        }
        java.util.regex.Matcher written = java.util.regex.Pattern.compile("\\((\\d+) written\\)")
                .matcher(report.failures().get(0).message());
        return written.find() ? Integer.parseInt(written.group(1)) : -1;
    }

    @Test
    void a_failure_after_passages_are_written_leaves_nothing_of_that_article_and_the_batch_goes_on() {
        ImportReport report = importer.importSources(List.of(
                source("before.txt", "Aral"), source("poison.txt", "Ili"), source("after.txt", "Naryn")), p -> { });

        assertThat(passagesWrittenBeforeFailure(report)).isEqualTo(2);
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

    /**
     * A bulk import stores a group of articles in one transaction, each in a savepoint: one that fails after writing
     * place rows is rolled back alone, and the place rows it wrote are not remembered as stored (the next article
     * naming that place writes it again; a remembered row that is not there would fail its mention).
     */
    @Test
    void in_a_group_a_failed_article_is_rolled_back_alone_and_the_places_it_wrote_are_not_remembered() {
        String khujand = "A ferry service to Khujand\n\nA new ferry began crossing the reservoir to Khujand this week,"
                + " officials in Khujand said.";
        List<PreparedArticle> group = List.of(
                articles.prepare(article("group-first.txt", text("Aral"))),
                articles.prepare(article("poison-khujand.txt", khujand)),
                articles.prepare(article("group-last.txt", text("Naryn"))));
        if (PostgresTestStore.active()) {
            jdbc.sql("""
                    CREATE OR REPLACE FUNCTION poison_mention() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF EXISTS (SELECT 1 FROM article a JOIN passage p ON p.article_id = a.id
                                WHERE p.id = NEW.passage_id AND a.source_name LIKE 'poison%') THEN
                            RAISE EXCEPTION 'injected failure after places were written';
                        END IF;
                        RETURN NEW;
                    END $$""").update();
            jdbc.sql("CREATE TRIGGER poison_mention BEFORE INSERT ON mention FOR EACH ROW"
                    + " EXECUTE FUNCTION poison_mention()").update();
        } else {
            jdbc.sql("CREATE TRIGGER poison_mention BEFORE INSERT ON mention FOR EACH ROW CALL '"
                    + PoisonMentionTrigger.class.getName() + "'").update();
        }
        List<String> results;
        try {
            results = new TransactionTemplate(transactions).execute(status -> group.stream().map(prepared -> {
                try {
                    return articles.store(prepared).status().name();
                } catch (RuntimeException e) {
                    return "failed: " + e.getMessage();
                }
            }).toList());
        } finally {
            jdbc.sql("DROP TRIGGER poison_mention" + (PostgresTestStore.active() ? " ON mention" : "")).update();
        }

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isEqualTo("IMPORTED");
        assertThat(results.get(1)).startsWith("failed: ").contains("injected failure after places were written");
        assertThat(results.get(2)).isEqualTo("IMPORTED");
        assertThat(jdbc.sql("SELECT source_name FROM article WHERE source_name LIKE '%.txt' AND source_name <> "
                + "'before.txt' AND source_name <> 'after.txt' ORDER BY id").query(String.class).list())
                .containsExactly("group-first.txt", "group-last.txt");
        assertThat(placeRows("Khujand")).isZero();

        FileOutcome again = importer.importOne(ArticleSource.of("khujand-again.txt", khujand.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.result()).as(again.line()).isEqualTo(FileOutcome.Result.IMPORTED);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM mention m JOIN passage p ON p.id = m.passage_id JOIN place pl ON pl.id = m.place_id
                WHERE p.article_id = ? AND pl.name = 'Khujand'""").param(again.articleId()).query(Long.class).single())
                .isPositive();
    }

    /**
     * A group counts the layer tallies of its articles once, at its end: those it kept, not one rolled back to its
     * savepoint after it was stored.
     */
    @Test
    void a_group_counts_the_tallies_of_the_articles_it_kept_at_its_end() {
        PreparedArticle kept = articles.prepare(article("tally-kept.txt", text("Vakhsh")));
        PreparedArticle dropped = articles.prepare(article("tally-dropped.txt", text("Panj")));
        PreparedArticle last = articles.prepare(article("tally-last.txt", text("Zeravshan")));
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
        new TransactionTemplate(transactions).executeWithoutResult(status -> articles.storingGroup(() -> {
            articles.store(kept);
            try {
                nested.executeWithoutResult(savepoint -> {
                    articles.store(dropped);
                    throw new IllegalStateException("dropped after it was stored");
                });
            } catch (IllegalStateException expected) {
                // rolled back to its savepoint
            }
            return articles.store(last);
        }));

        assertThat(jdbc.sql("SELECT source_name FROM article WHERE source_name LIKE 'tally-%' ORDER BY id")
                .query(String.class).list()).containsExactly("tally-kept.txt", "tally-last.txt");
        Map<String, Integer> tallied = new java.util.TreeMap<>();
        jdbc.sql("SELECT feature, passages FROM feature_tally WHERE source = 'PLACE' AND period_kind = 'A'"
                + " AND passages <> 0").query(rs -> {
                    tallied.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Integer> linked = new java.util.TreeMap<>();
        jdbc.sql("SELECT pl.gazetteer_id, COUNT(DISTINCT m.passage_id) FROM mention m JOIN place pl ON pl.id ="
                + " m.place_id GROUP BY pl.gazetteer_id").query(rs -> {
                    linked.put(rs.getString(1), rs.getInt(2));
                });
        assertThat(tallied).as("all-time passages per place, kept against counted afresh").isEqualTo(linked)
                .isNotEmpty();
    }

    private long placeRows(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM place WHERE name = ?").param(name).query(Long.class).single();
    }

    private static NewArticle article(String name, String text) {
        return new NewArticle(null, null, null, null, false, name, text);
    }

    private static String text(String river) {
        return String.join("\n\n",
                "Water levels on the " + river + " fell sharply this summer, local officials said on Monday.",
                "Farmers along the " + river + " said their fields had received half the usual water.");
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

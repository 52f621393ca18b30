package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.newsatlas.article.ingest.ArticleFileReaderTest.bytes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.article.Article;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.LinkTallies;
import org.newsatlas.article.Passage;
import org.newsatlas.article.ingest.FileOutcome.Result;
import org.newsatlas.store.RowIds;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Importing folders, pasted text, deleting and reprocessing against a real H2 database. */
@SpringBootTest(properties = "newsatlas.seed.enabled=false")
class ArticleImportIT {

    private static final Path DATA = TempDataDir.create("article-import");

    @Autowired
    ArticleImportService importer;
    @Autowired
    ReprocessService reprocessing;
    @Autowired
    ArticleService articles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RowIds ids;
    @Autowired
    LinkTallies tallies;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void a_folder_is_searched_recursively_and_every_file_gets_an_outcome(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("2021/august"));
        copy("page-with-scripts.html", nested.resolve("kashgar.html"));
        copy("article.md", dir.resolve("herders.md"));
        copy("windows-1252.txt", dir.resolve("osh.txt"));
        copy("windows-1252.txt", nested.resolve("osh-again.txt"));
        copy("image.png", dir.resolve("photo.png"));
        copy("image.png", dir.resolve("photo-renamed.txt"));
        copy("empty.txt", dir.resolve("empty.txt"));
        copy("plain.txt", Files.createDirectories(dir.resolve(".cache")).resolve("hidden.txt"));
        List<ImportProgress> progress = new ArrayList<>();

        ImportReport report = importer.importPaths(List.of(dir, dir.resolve("missing.txt")), progress::add);

        assertThat(report.files()).extracting(f -> dir.relativize(Path.of(f.source())).toString(), FileOutcome::result)
                .containsExactly(
                        tuple("2021/august/kashgar.html", Result.IMPORTED),
                        tuple("2021/august/osh-again.txt", Result.IMPORTED),
                        tuple("empty.txt", Result.FAILED),
                        tuple("herders.md", Result.IMPORTED),
                        tuple("osh.txt", Result.DUPLICATE),
                        tuple("photo-renamed.txt", Result.FAILED),
                        tuple("missing.txt", Result.FAILED));
        assertThat(report.summary()).isEqualTo("imported 3, duplicates skipped 1, failed 3; 2 other paths skipped");
        assertThat(report.skipped()).extracting(p -> dir.relativize(Path.of(p.path())).toString(), SkippedPath::reason)
                .containsExactly(tuple(".cache", "hidden folder"), tuple("photo.png",
                        "not an article file: only .txt, .md, .markdown, .html, .htm, .csv, .jsonl, .ndjson, .rss, .atom, .xml, .zip are read"));
        assertThat(report.failures()).extracting(FileOutcome::message).containsExactly(
                "empty file", "binary file: looks like a PNG image", "cannot read the file: no such file or folder");
        assertThat(progress).extracting(ImportProgress::done).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(7));
        assertThat(report.files().get(0).warnings()).singleElement().asString().startsWith("removed 2 scripts");

        Article kashgar = articles.findAll().stream().filter(a -> a.sourceName().equals("kashgar.html")).findFirst().orElseThrow();
        assertThat(kashgar.title()).isEqualTo("Rail link to Kashgar opens");
        assertThat(kashgar.outlet()).isEqualTo("Steppe Herald");
        assertThat(kashgar.published()).isEqualTo(LocalDate.of(2021, 8, 3));
        assertThat(articles.passagesOf(kashgar.id())).isNotEmpty();
    }

    @Test
    void csv_json_lines_and_zip_files_import_each_row_line_and_archived_file_with_its_own_result(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("wire.csv"), "title,date,outlet,author,url,text\n"
                + "Dam talks resume,2019-06-14,Wire One,R. Lee,https://example.com/dam,\"Talks on the Rogun dam resumed"
                + " in Dushanbe on Friday.\n\nEngineers from Tashkent joined them.\"\n"
                + "No text here,2019-06-15,Wire One,,,\n"
                + "Undated brief,,,,,\"Published March 31, 2018\n\nHerders near Naryn moved their flocks early.\"\n");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"title\":\"Quake\",\"publishedAt\":\"2020-01-19T22:30:00Z\","
                + "\"source\":{\"name\":\"Feed Two\"},\"content\":\"A quake shook Kashgar overnight.\"}\n"
                + "{broken\n");
        Files.write(dir.resolve("batch.zip"), BundleFormatsTest.zip(java.util.Map.of(
                "2021/osh.txt", "Osh market reopens\n\nThe market in Osh reopened after repairs.".getBytes(),
                "more/items.jsonl", "{\"text\":\"Rain fell on Bishkek for a week.\",\"date\":\"05.04.2018\"}\n"
                        .getBytes(),
                "notes/.hidden.txt", "x".getBytes())));
        List<ImportProgress> progress = new ArrayList<>();

        ImportReport report = importer.importPaths(List.of(dir), new ImportDefaults(null, "Batch Desk"), progress::add);

        String in = dir + "/";
        assertThat(report.files()).extracting(f -> f.source().replace(in, ""), FileOutcome::result).containsExactly(
                tuple("batch.zip/2021/osh.txt", Result.IMPORTED),
                tuple("batch.zip/more/items.jsonl line 1", Result.IMPORTED),
                tuple("feed.jsonl line 1", Result.IMPORTED),
                tuple("feed.jsonl line 2", Result.FAILED),
                tuple("wire.csv row 2", Result.IMPORTED),
                tuple("wire.csv row 3", Result.FAILED),
                tuple("wire.csv row 4", Result.IMPORTED));
        assertThat(report.skipped()).extracting(p -> p.path().replace(in, ""), SkippedPath::reason)
                .containsExactly(tuple("batch.zip/notes/.hidden.txt", "hidden file"));
        assertThat(report.files().get(5).message())
                .isEqualTo("no text: the text column (text, body, content or article) is empty");
        assertThat(progress).extracting(ImportProgress::done).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(progress.get(progress.size() - 1).total()).isEqualTo(7);

        Article dam = stored(report, in + "wire.csv row 2");
        assertThat(dam.title()).isEqualTo("Dam talks resume");
        assertThat(dam.published()).isEqualTo(LocalDate.of(2019, 6, 14));
        assertThat(dam.outlet()).isEqualTo("Wire One");
        assertThat(dam.author()).isEqualTo("R. Lee");
        assertThat(dam.sourceName()).isEqualTo("https://example.com/dam");
        assertThat(stored(report, in + "wire.csv row 4").published()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(stored(report, in + "wire.csv row 4").outlet()).isEqualTo("Batch Desk");
        Article quake = stored(report, in + "feed.jsonl line 1");
        assertThat(quake.outlet()).isEqualTo("Feed Two");
        assertThat(quake.published()).isEqualTo(LocalDate.of(2020, 1, 19));
        assertThat(stored(report, in + "batch.zip/more/items.jsonl line 1").published()).isEqualTo(LocalDate.of(2018, 4, 5));
        assertThat(stored(report, in + "batch.zip/2021/osh.txt").sourceName()).isEqualTo("osh.txt");
    }

    private Article stored(ImportReport report, String source) {
        long id = report.files().stream().filter(f -> f.source().equals(source)).findFirst().orElseThrow().articleId();
        return articles.findAll().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void pasted_text_is_stored_with_the_fields_the_user_gave() {
        FileOutcome outcome = importer.importPasted(new PastedArticle(" Snow closes the Salang ", "", LocalDate.of(2021, 8, 9),
                "Snow closed the Salang tunnel on Monday.\r\n\r\nTraffic was diverted."));
        assertThat(outcome.result()).isEqualTo(Result.IMPORTED);
        Article article = articles.findAll().stream().filter(a -> a.id() == outcome.articleId()).findFirst().orElseThrow();
        assertThat(article.title()).isEqualTo("Snow closes the Salang");
        assertThat(article.outlet()).isNull();
        assertThat(article.sourceName()).isEqualTo("pasted text");
        assertThat(article.originalText()).isEqualTo("Snow closed the Salang tunnel on Monday.\n\nTraffic was diverted.");
        assertThat(importer.importPasted(new PastedArticle("t", "o", null, "  \n ")).message())
                .isEqualTo("empty file: only white space");
    }

    @Test
    void passages_keep_only_the_months_their_text_pins_down_each_with_its_precision() {
        String text = "Envoys met in Dushanbe on 17 February 2006 to revive the 1956 treaty.\n\n"
                + "Trade has grown since 2001, and a 2016 report praised it.\n\nTalks resumed in June in Kabul.";
        long undated = importer.importPasted(new PastedArticle("Treaty talks", null, null, text)).articleId();
        long dated = importer.importPasted(new PastedArticle("Treaty talks again", null, LocalDate.of(2021, 8, 10),
                text + " Both sides hope.")).articleId();

        assertThat(monthsOf(undated)).containsExactly("Envoys 2006-02-01 day text");
        assertThat(monthsOf(dated)).containsExactly("Envoys 2006-02-01 day text", "Trade  2021-08-01 month fallback",
                "Talks  2021-06-01 month text");
    }

    @Test
    void a_pasted_or_stored_article_dated_outside_1800_to_2200_is_refused_and_nothing_is_stored() {
        long before = articles.stats().articles();
        FileOutcome pasted = importer.importPasted(new PastedArticle("Old", "", LocalDate.of(999, 5, 5),
                "Troops crossed into Badakhshan on Monday."));
        assertThat(pasted.result()).isEqualTo(Result.FAILED);
        assertThat(pasted.line()).isEqualTo("failed    pasted text: publication date 0999-05-05 is outside 1800–2200");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> articles.store(new org.newsatlas.article.NewArticle(
                        "Future", null, null, LocalDate.of(10000, 1, 1), false, "test", "Troops left Kabul.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("publication date +10000-01-01 is outside 1800–2200");
        assertThat(articles.stats().articles()).isEqualTo(before);
    }

    @Test
    void deleting_an_article_takes_its_passages_months_and_mentions_but_not_the_places() {
        long id = importer.importPasted(new PastedArticle(null, null, null,
                "Fighting was reported near Kunduz.\n\nResidents fled towards Mazar-i-Sharif.")).articleId();
        Passage passage = articles.passagesOf(id).get(0);
        long placeId = new TransactionTemplate(transactions).execute(status -> {
            tallies.remove(id);
            long place = ids.next("place");
            jdbc.sql("INSERT INTO place (id, gazetteer_id, name, kind, geom) VALUES (?, 'test:kunduz', 'Kunduz', "
                    + "'city', 'SRID=4326;POINT(68.86 36.73)')").param(place).update();
            jdbc.sql("INSERT INTO mention (id, passage_id, start_offset, end_offset, surface, place_id) "
                    + "VALUES (?, ?, 27, 33, 'Kunduz', ?)").params(ids.next("mention"), passage.id(), place).update();
            jdbc.sql("INSERT INTO passage_month (passage_id, ym, article_id, published, ordinal)"
                    + " SELECT p.id, DATE '2021-08-01', a.id, a.published, p.ordinal FROM passage p"
                    + " JOIN article a ON a.id = p.article_id WHERE p.id = ?").param(passage.id()).update();
            tallies.add(id);
            return place;
        });

        assertThat(articles.delete(id)).isTrue();

        assertThat(articles.passagesOf(id)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM mention WHERE place_id = " + placeId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM passage_month WHERE passage_id = " + passage.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM place WHERE id = " + placeId)).isOne();
        assertThat(articles.delete(id)).isFalse();
    }

    @Test
    void reprocessing_replaces_passages_and_keeps_every_article_id() {
        long id = importer.importPasted(new PastedArticle("Reprocess me", null, null,
                "First paragraph about Termez.\n\nSecond paragraph about Hairatan.")).articleId();
        List<Long> idsBefore = articles.articleIds();
        List<Passage> before = articles.passagesOf(id);

        ReprocessReport report = reprocessing.reprocessAll(p -> { });

        assertThat(articles.articleIds()).isEqualTo(idsBefore);
        assertThat(report.articles()).isEqualTo(idsBefore.size());
        assertThat(report.failures()).isEmpty();
        assertThat(report.summary()).startsWith("re-analysed " + idsBefore.size() + " of " + idsBefore.size());
        List<Passage> after = articles.passagesOf(id);
        assertThat(after).extracting(Passage::start, Passage::end)
                .isEqualTo(before.stream().map(p -> tuple(p.start(), p.end())).toList());
        assertThat(after.get(0).id()).isNotEqualTo(before.get(0).id());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The article's passage months: the passage's first six characters, the month, its precision and origin. */
    private List<String> monthsOf(long articleId) {
        return jdbc.sql("""
                SELECT SUBSTRING(a.original_text, p.start_offset + 1, 6) || ' ' || pm.ym || ' ' || pm.time_precision
                       || CASE WHEN pm.fallback THEN ' fallback' ELSE ' text' END
                FROM passage_month pm JOIN passage p ON p.id = pm.passage_id JOIN article a ON a.id = p.article_id
                WHERE a.id = ? ORDER BY p.ordinal, pm.ym""")
                .param(articleId).query(String.class).list();
    }

    private static void copy(String fixture, Path target) throws IOException {
        Files.write(target, bytes(fixture));
    }
}

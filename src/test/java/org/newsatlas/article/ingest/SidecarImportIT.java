package org.newsatlas.article.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.article.Article;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.ingest.FileOutcome.Result;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sidecars ({@code NAME.json} beside {@code NAME}) in folders, ZIP archives and beside a file named on its own. */
@SpringBootTest(properties = "newsatlas.seed.enabled=false")
class SidecarImportIT {

    private static final Path DATA = TempDataDir.create("sidecar-import");

    @Autowired
    ArticleImportService importer;
    @Autowired
    ArticleService articles;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void a_folders_sidecars_date_and_name_their_files_and_are_not_imported_themselves(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("dam.txt"), "Dam talks\n\nTalks on the Rogun dam resumed in Dushanbe on Monday.");
        Files.writeString(dir.resolve("dam.txt.json"), """
                {"title": "Rogun dam talks resume", "date": "2019-06-14", "source": {"name": "Wire One"},
                 "author": "A. Writer"}""");
        Files.writeString(dir.resolve("quake.txt"), "Quake\n\nA quake shook Kashgar overnight, officials said.");
        Files.writeString(dir.resolve("quake.txt.json"), "{\"date\": \"31/02/2020\", \"outlet\": \"Feed Two\"}");
        Files.writeString(dir.resolve("gone.md.json"), "{\"date\": \"2020-01-01\"}");
        Files.writeString(dir.resolve("broken.txt"), "Floods\n\nFloods cut off villages along the Panj river.");
        Files.writeString(dir.resolve("broken.txt.json"), "{\"date\": 2020-01-01");

        ImportReport report = importer.importPaths(List.of(dir), p -> { });

        assertThat(report.files()).extracting(f -> dir.relativize(Path.of(f.source())).toString(), FileOutcome::result)
                .containsExactly(tuple("broken.txt", Result.FAILED), tuple("dam.txt", Result.IMPORTED),
                        tuple("gone.md.json", Result.FAILED), tuple("quake.txt", Result.IMPORTED));
        assertThat(report.skipped()).isEmpty();
        assertThat(report.files().get(0).message()).startsWith("its sidecar broken.txt.json is not JSON");
        assertThat(report.files().get(2).message())
                .isEqualTo("sidecar of gone.md, which is not among the files imported with it; nothing was imported from it");
        Article dam = article(report.files().get(1));
        assertThat(dam.title()).isEqualTo("Rogun dam talks resume");
        assertThat(dam.published()).isEqualTo(LocalDate.of(2019, 6, 14));
        assertThat(dam.outlet()).isEqualTo("Wire One");
        assertThat(dam.author()).isEqualTo("A. Writer");
        assertThat(report.files().get(1).warnings())
                .contains("dated 14 June 2019, title, outlet, author from its sidecar dam.txt.json");
        FileOutcome quake = report.files().get(3);
        assertThat(quake.warnings()).contains(
                "its sidecar quake.txt.json has a date “31/02/2020” that is not a date it can read",
                "outlet from its sidecar quake.txt.json");
        assertThat(article(quake).published()).isNull();
        assertThat(article(quake).outlet()).isEqualTo("Feed Two");
    }

    @Test
    void a_zips_sidecars_pair_with_the_files_of_their_folder_and_a_date_out_of_range_fails_its_file()
            throws IOException {
        byte[] zip = org.newsatlas.article.ingest.BundleFormatsTest.zip(Map.of(
                "2021/osh.txt", "Osh market\n\nThe market in Osh reopened after the floods.".getBytes(UTF_8),
                "2021/osh.txt.json", "{\"published\": \"March 3, 2021\"}".getBytes(UTF_8),
                "2021/khorog.txt", "Khorog bridge\n\nA new bridge opened near Khorog on Thursday.".getBytes(UTF_8),
                "2021/khorog.txt.json", "{\"date\": \"0999-05-05\"}".getBytes(UTF_8),
                "osh.txt.json", "{\"date\": \"2021-01-01\"}".getBytes(UTF_8)));

        ImportReport report = importer.importSources(List.of(ArticleSource.of("batch.zip", zip)), p -> { });

        assertThat(report.files()).extracting(FileOutcome::source, FileOutcome::result).containsExactly(
                tuple("batch.zip/2021/khorog.txt", Result.FAILED), tuple("batch.zip/2021/osh.txt", Result.IMPORTED),
                tuple("batch.zip/osh.txt.json", Result.FAILED));
        assertThat(report.files().get(0).message())
                .isEqualTo("publication date 0999-05-05 is outside 1800–2200 (its sidecar khorog.txt.json)");
        assertThat(article(report.files().get(1)).published()).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void a_file_named_on_the_command_line_brings_its_sidecar_from_beside_it(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("herders.txt"), "Herders\n\nHerders near Naryn moved their flocks.");
        Files.writeString(dir.resolve("herders.txt.json"), "{\"date\": \"2018-04-05\"}");

        ImportReport report = importer.importPaths(List.of(file), p -> { });

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.result()).isEqualTo(Result.IMPORTED);
            assertThat(article(f).published()).isEqualTo(LocalDate.of(2018, 4, 5));
        });
    }

    private Article article(FileOutcome outcome) {
        return articles.findAll().stream().filter(a -> a.id() == outcome.articleId()).findFirst().orElseThrow();
    }
}

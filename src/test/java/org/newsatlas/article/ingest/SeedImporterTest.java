package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.article.ArticleService;
import org.springframework.core.io.DefaultResourceLoader;

/** A seed location without articles.json is a folder imported as the import command imports one. */
class SeedImporterTest {

    private final ArticleService articles = mock(ArticleService.class);
    private final ArticleImportService files = mock(ArticleImportService.class);

    @Test
    void a_folder_without_metadata_is_imported_file_by_file(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.html"), "<p>Snow closed the Khunjerab Pass.</p>");
        when(files.importPaths(eq(List.of(folder)), any())).thenReturn(new ImportReport(List.of()));

        importer("file:" + folder + "/").run(null);

        verify(files).importPaths(eq(List.of(folder)), any(Consumer.class));
        verifyNoInteractions(articles);
    }

    @Test
    void a_location_with_neither_metadata_nor_a_folder_is_a_clear_error(@TempDir Path dir) {
        String location = "file:" + dir.resolve("nowhere") + "/";
        assertThatThrownBy(() -> importer(location).run(null)).isInstanceOf(IOException.class)
                .hasMessage("Seed location " + location + " has no articles.json and is not a folder on the file system");
        verifyNoInteractions(files, articles);
    }

    @Test
    void nothing_is_imported_when_the_seed_is_off(@TempDir Path folder) throws Exception {
        new SeedImporter(new SeedProperties(false, "file:" + folder + "/"), new DefaultResourceLoader(), articles, files,
                org.springframework.http.converter.json.Jackson2ObjectMapperBuilder.json().build())
                .run(null);
        verifyNoInteractions(files, articles);
        assertThat(folder).isEmptyDirectory();
    }

    private SeedImporter importer(String location) {
        return new SeedImporter(new SeedProperties(true, location), new DefaultResourceLoader(), articles, files,
                org.springframework.http.converter.json.Jackson2ObjectMapperBuilder.json().build());
    }
}

package org.newsatlas.article.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.ImportOutcome;
import org.newsatlas.article.NewArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Imports the seed corpus at start-up. Each article is stored in its own transaction and recognised by its
 * content hash, so a second start imports nothing twice and an interrupted first start resumes.
 *
 * <p>The location is either a folder with {@code articles.json} (the metadata of each text file, as the demo
 * corpus ships) or, without that file, a folder on the file system whose .txt, .md and .html files are imported as
 * the {@code import} command does, each file's outcome logged as it is stored ("Seed [3/300] imported ...").
 */
@Component
public class SeedImporter implements ApplicationRunner {

    static final String METADATA_FILE = "articles.json";
    private static final Logger LOG = LoggerFactory.getLogger(SeedImporter.class);

    private final SeedProperties properties;
    private final ResourceLoader resources;
    private final ArticleService articles;
    private final ArticleImportService files;
    /** Spring's mapper: java.time types, unknown properties ignored. */
    private final ObjectMapper json;

    public SeedImporter(SeedProperties properties, ResourceLoader resources, ArticleService articles,
                        ArticleImportService files, ObjectMapper json) {
        this.json = json;
        this.properties = properties;
        this.resources = resources;
        this.articles = articles;
        this.files = files;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.enabled()) {
            return;
        }
        if (!resource(METADATA_FILE).exists()) {
            importFolder();
            return;
        }
        List<ImportOutcome> outcomes = importAll();
        long imported = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
        LOG.info("Seed corpus: {} imported, {} already stored", imported, outcomes.size() - imported);
    }

    public List<ImportOutcome> importAll() throws IOException {
        return readMetadata().articles().stream().map(this::importOne).toList();
    }

    private void importFolder() throws IOException {
        Resource location = resource("");
        Path folder = location.isFile() ? location.getFile().toPath() : null;
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Seed location " + properties.location() + " has no " + METADATA_FILE
                    + " and is not a folder on the file system");
        }
        ImportReport report = files.importPaths(List.of(folder),
                progress -> LOG.info("Seed [{}/{}] {}", progress.done(), progress.total(), progress.latest().line()));
        LOG.info("Seed folder {}: {}", folder, report.summary());
    }

    private ImportOutcome importOne(SeedEntry entry) {
        String text = read(entry.file());
        return articles.store(new NewArticle(entry.title(), entry.outlet(), entry.author(), entry.published(),
                entry.publishedApproximate(), entry.file(), text));
    }

    private SeedMetadata readMetadata() throws IOException {
        try (InputStream in = resource(METADATA_FILE).getInputStream()) {
            return json.readValue(in, SeedMetadata.class);
        }
    }

    private String read(String file) {
        try (InputStream in = resource(file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Seed article " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Resource resource(String file) {
        String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
        return resources.getResource(base + file);
    }

    record SeedMetadata(List<SeedEntry> articles) {
    }

    record SeedEntry(String file, String title, String outlet, String author, LocalDate published,
                     boolean publishedApproximate) {
    }
}

package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.newsatlas.Application;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.CorpusStats;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping and starting the app keeps the database and imports nothing twice. */
class RestartIT {

    @Test
    void a_second_start_on_the_same_data_folder_keeps_the_data_and_imports_nothing() {
        Path data = TempDataDir.create("restart");
        CorpusStats first = startAndRead(data);
        assertThat(first.articles()).isEqualTo(5);
        assertThat(Files.exists(data.resolve("newsatlas.mv.db"))).isEqualTo(!PostgresTestStore.active());

        CorpusStats second = startAndRead(data);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_packaged_jar_takes_its_data_folder_from_the_environment() throws Exception {
        Path data = TempDataDir.create("env");
        Path jar = Path.of("target", "news-atlas.jar");
        assertThat(jar).exists();
        ProcessBuilder command = new ProcessBuilder(javaExecutable(), "-jar", jar.toString(), "--server.port=0")
                .redirectErrorStream(true);
        command.environment().put("NEWSATLAS_DATA_DIR", data.toString());
        PostgresTestStore.putStoreEnvironment(data, command.environment());
        command.environment().put("NEWSATLAS_SEED_ENABLED", "false");
        Process app = command.start();
        try {
            String log = readUntil(app, "Started Application", Duration.ofSeconds(90));
            assertThat(log).contains("Started Application").contains("Vaadin is running in production mode");
            if (PostgresTestStore.active()) {
                // the environment's database, not a file in the folder
                assertThat(log).contains("Database: " + PostgresTestStore.databaseFor(data.toString()));
                assertThat(data.resolve("newsatlas.mv.db")).doesNotExist();
            } else {
                assertThat(data.resolve("newsatlas.mv.db")).exists();
            }
            assertThat(log).doesNotContain("Seed corpus:");
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String readUntil(Process process, String marker, Duration timeout) throws Exception {
        StringBuilder log = new StringBuilder();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> reader.lines()
                .takeWhile(line -> {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    return !line.contains(marker);
                }).forEach(line -> { }));
        try {
            reading.get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // the assertion on the log says what was missing
        }
        synchronized (log) {
            return log.toString();
        }
    }

    private static CorpusStats startAndRead(Path data) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--newsatlas.data-dir=" + data, "--server.port=0")) {
            return app.getBean(ArticleService.class).stats();
        }
    }
}

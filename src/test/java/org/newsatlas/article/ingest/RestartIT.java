package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsatlas.Application;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.CorpusStats;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping and starting the app keeps the database and imports nothing twice. */
class RestartIT {

    @Test
    void a_second_start_on_the_same_data_folder_keeps_the_data_and_imports_nothing() {
        Path data = TempDataDir.create("restart");
        CorpusStats first = startAndRead(data);
        assertThat(first.articles()).isEqualTo(5);
        assertThat(Files.exists(data.resolve("newsatlas.mv.db"))).isTrue();

        CorpusStats second = startAndRead(data);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_data_folder_can_be_set_by_environment_style_property() {
        Path data = TempDataDir.create("env");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("NEWSATLAS_DATA_DIR=" + data, "newsatlas.seed.enabled=false")
                .run()) {
            assertThat(app.getBean(ArticleService.class).stats().articles()).isZero();
        }
        assertThat(Files.exists(data.resolve("newsatlas.mv.db"))).isTrue();
    }

    private static CorpusStats startAndRead(Path data) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run("--newsatlas.data-dir=" + data)) {
            return app.getBean(ArticleService.class).stats();
        }
    }
}

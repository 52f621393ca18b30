package org.newsatlas.ui.add;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server goes away in the middle of a batch (its HTTP connector stops: connections refused) and comes back on
 * the same port. While it is gone the browser's own file list marks each unfinished file; once the page reaches the
 * server again every file has its result line and the batch is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsatlas.seed.enabled=false")
class UploadServerGoneIT {

    private static final Path DATA = TempDataDir.create("upload-server-gone");

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    /** A connector that lets go of its port when stopped, so the browser is refused rather than kept waiting. */
    @TestConfiguration
    static class ReleasePortOnStop {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> releasePortOnStop() {
            return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("bindOnInit", "false"));
        }
    }

    @Test
    void files_unfinished_when_the_server_goes_away_are_marked_in_the_browser_and_get_lines_when_it_is_back()
            throws LifecycleException {
        UploadPage upload = new UploadPage(browser.page(), port).holdUploads();
        upload.drop(IntStream.range(300, 304).mapToObj(UploadPage::article).toArray(FilePayload[]::new));
        List<Route> held = upload.awaitHeld(4);
        held.get(0).resume();
        held.get(1).resume();
        upload.awaitStatus("Importing: 2 of 4 files processed · imported 2, duplicates skipped 0, failed 0");

        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        connector.stop();
        held.get(2).resume();
        held.get(3).resume();
        List<String> lost = List.of(UploadPage.fileName(held.get(2)), UploadPage.fileName(held.get(3)));
        for (String name : lost) {
            assertThat(upload.browserEntry(name)).containsText("Not imported: connection to the server lost");
        }

        connector.setPort(port);
        connector.start();
        upload.awaitStatus("Done: 4 of 4 files processed · imported 2, duplicates skipped 0, failed 2");
        for (String name : lost) {
            assertThat(upload.line(name)).containsText(
                    name + ": not imported: the connection to the server was lost; add the file again");
        }
    }
}

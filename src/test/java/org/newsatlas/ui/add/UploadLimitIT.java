package org.newsatlas.ui.add;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One property sets the upload limit everywhere: with {@code newsatlas.import.max-bytes=200KB} (and nothing else) the
 * servlet multipart limits, the browser's limit, the page's text and the server's answer all follow it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsatlas.seed.enabled=false", "newsatlas.import.max-bytes=200KB"})
class UploadLimitIT {

    private static final Path DATA = TempDataDir.create("upload-limit");
    private static final String TOO_LARGE =
            "file too large: 300.0 KB, the limit is 200.0 KB (newsatlas.import.max-bytes)";

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    MultipartConfigElement multipart;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void the_servlet_multipart_limits_follow_the_import_limit() {
        assertThat(multipart.getMaxFileSize()).isEqualTo(200 * 1024);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(200 * 1024 + UploadConfiguration.ENVELOPE_BYTES);
    }

    @Test
    void the_browser_keeps_back_a_file_over_the_import_limit_with_the_reason_the_server_gives() {
        Page page = browser.page();
        UploadPage upload = new UploadPage(page, port);
        assertThat(upload.browserLimit()).isEqualTo(200 * 1024);
        assertThat(page.locator(".na-article-upload + span")).hasText("Up to 200.0 KB per file.");

        upload.drop(UploadPage.newsText("over.txt", 0, 300 * 1024), UploadPage.newsText("under.txt", 50, 150 * 1024));

        upload.awaitStatus("Done: 2 of 2 files processed · imported 1, duplicates skipped 0, failed 1");
        assertThat(upload.line("over.txt")).containsText("over.txt: " + TOO_LARGE);
        assertThat(upload.line("under.txt")).containsText("imported");
    }

    @Test
    void the_server_refuses_a_file_over_the_import_limit_that_got_past_the_browser_before_reading_it_whole() {
        Page page = browser.page();
        UploadPage upload = new UploadPage(page, port);
        upload.liftBrowserLimit();

        Response refused = page.waitForResponse(r -> r.url().contains("/VAADIN/dynamic/resource/"),
                () -> upload.drop(UploadPage.newsText("past.txt", 100, 300 * 1024)));

        assertThat(refused.status()).isEqualTo(413);
        upload.awaitStatus("Done: 1 of 1 file processed · imported 0, duplicates skipped 0, failed 1");
        assertThat(upload.line("past.txt")).containsText("past.txt: " + TOO_LARGE);
    }
}

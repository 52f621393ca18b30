package org.newsatlas.ui.add;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.support.Browser;
import org.newsatlas.support.NewsCorpus;

/** The "Add articles" page as a test sees it: drop files, hold their uploads, read the result lines and status. */
final class UploadPage {

    /** A cap for imports of megabytes of text on a busy machine; the assertions return as soon as the text shows. */
    static final double LONG_WAIT_MS = 240_000;
    private static final NewsCorpus CORPUS = NewsCorpus.fromSharedEval(11);

    private final Page page;
    private final List<Route> held = new ArrayList<>();

    UploadPage(Page page, int port) {
        this.page = page;
        page.navigate("http://localhost:" + port + "/articles/add");
        page.locator("vaadin-upload.na-article-upload").waitFor();
        // a field filled before the page's first round trips end may never send its value (seen on a busy CI:
        // a pasted text arrived empty)
        Browser.awaitIdle(page);
    }

    /** From now on upload requests wait in {@link #held} until the test resumes or aborts them. */
    UploadPage holdUploads() {
        page.route(url -> url.contains("/VAADIN/dynamic/resource/"), route -> {
            if ("POST".equals(route.request().method())) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        return this;
    }

    List<Route> awaitHeld(int count) {
        page.waitForCondition(() -> held.size() >= count, new Page.WaitForConditionOptions().setTimeout(LONG_WAIT_MS));
        return List.copyOf(held.subList(0, count));
    }

    void drop(FilePayload... files) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(files);
    }

    Locator status() {
        return page.locator(".na-import-status-line");
    }

    /** From now on every text the status line shows is kept, in order, for {@link #recordedStatuses}. */
    void recordStatuses() {
        page.evaluate("""
                () => {
                  const line = document.querySelector('.na-import-status-line');
                  window.__naStatuses = [];
                  new MutationObserver(() => window.__naStatuses.push(line.textContent))
                      .observe(line, {childList: true, characterData: true, subtree: true});
                }""");
    }

    @SuppressWarnings("unchecked")
    List<String> recordedStatuses() {
        return (List<String>) page.evaluate("() => window.__naStatuses.slice()");
    }

    void awaitStatus(String text) {
        assertThat(status()).hasText(text, new LocatorAssertions.HasTextOptions().setTimeout(LONG_WAIT_MS));
    }

    /** The result line of one file (status badge and detail). */
    Locator line(String fileName) {
        return page.locator(".na-import-result", new Page.LocatorOptions().setHasText(fileName + ":"));
    }

    /** The browser's own list entry for one file. */
    Locator browserEntry(String fileName) {
        return page.locator("vaadin-upload-file", new Page.LocatorOptions().setHasText(fileName));
    }

    /** The upload's size limit as the browser knows it. */
    Object browserLimit() {
        return page.evaluate("document.querySelector('vaadin-upload.na-article-upload').maxFileSize");
    }

    /** Lifts the browser's size limit, as a script or an old browser could, to see what the server does. */
    void liftBrowserLimit() {
        page.evaluate("document.querySelector('vaadin-upload.na-article-upload').maxFileSize = Infinity");
    }

    /** The name of the file a held upload request carries. */
    static String fileName(Route upload) {
        String body = new String(upload.request().postDataBuffer(), StandardCharsets.ISO_8859_1);
        Matcher name = Pattern.compile("filename=\"([^\"]+)\"").matcher(body);
        if (!name.find()) {
            throw new AssertionError("no file in the upload request");
        }
        return name.group(1);
    }

    /** A plain-text news file of at least {@code bytes} bytes: real articles one after another. */
    static FilePayload newsText(String name, int firstArticle, long bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = firstArticle; text.length() < bytes; i++) {
            text.append(CORPUS.article(i).text()).append("\n\n");
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        int cut = (int) bytes;
        while ((content[cut] & 0x80) != 0) {
            cut--; // not inside a UTF-8 sequence
        }
        return new FilePayload(name, "text/plain", Arrays.copyOf(content, cut));
    }

    /**
     * A saved news page of at least {@code bytes} bytes, as big pages are: one article ({@code index}) and, in the
     * page's embedded JSON data, the text of the site's other stories. The importer reads every byte (size limit,
     * decoding) and keeps the one article, which the geoparser then reads quickly.
     */
    static FilePayload bigPage(String name, int index, long bytes) {
        NewsCorpus.GeneratedArticle article = CORPUS.article(index);
        StringBuilder data = new StringBuilder("{\"related\":[");
        for (int i = index + 1; data.length() < bytes; i++) {
            data.append(i > index + 1 ? "," : "").append('"').append(CORPUS.article(i).text().replace("\\", "\\\\")
                    .replace("\"", "\\\"").replace("\n", "\\n").replace("<", "\\u003c")).append('"');
        }
        data.append("]}");
        String page = article.html().replace("</body>",
                "<script type=\"application/json\" id=\"site-data\">" + data + "</script></body>");
        byte[] content = page.getBytes(StandardCharsets.UTF_8);
        return new FilePayload(name, "text/html", content);
    }

    /** One ordinary article as its HTML page. */
    static FilePayload article(int index) {
        NewsCorpus.GeneratedArticle article = CORPUS.article(index);
        return new FilePayload(article.fileName(), "text/html", article.html().getBytes(StandardCharsets.UTF_8));
    }
}

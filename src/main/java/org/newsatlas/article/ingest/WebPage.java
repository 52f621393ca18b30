package org.newsatlas.article.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * An article page or an RSS/Atom feed fetched from a web address (http or https), read into memory up to the
 * import's limits: a feed up to the bundle limit, a page up to the file limit. Where the machine cannot reach the
 * address, or the server refuses, the reason names the host and what happened. Redirects are followed (up to
 * {@value #MAX_REDIRECTS}), each address checked by the {@link FetchRule} before it is asked.
 */
final class WebPage {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    /** Redirects followed, each checked by the {@link FetchRule} like the first address. */
    static final int MAX_REDIRECTS = 5;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private WebPage() {
    }

    /** Whether the text is a web address the importer fetches rather than a path. */
    static boolean isAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The address checked: http or https with a host; else why not. */
    static URI address(String text) throws ArticleReadException {
        try {
            URI uri = new URI(text.strip());
            if (!isAddress(text.strip()) || uri.getHost() == null) {
                throw new ArticleReadException(ArticleReadException.Reason.UNSUPPORTED_TYPE,
                        "not a web address: give http:// or https:// and a host");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new ArticleReadException(ArticleReadException.Reason.UNSUPPORTED_TYPE,
                    "not a web address: " + e.getReason());
        }
    }

    /**
     * Fetches the address. The source is named by the address, with " as .rss" or " as .html" added when the
     * address does not end in a type the importer reads, so the result lines say how it was read.
     */
    static ArticleSource fetch(URI address, long maxPageBytes, long maxFeedBytes, FetchRule rule)
            throws ArticleReadException {
        URI at = address;
        HttpResponse<InputStream> response = null;
        for (int hop = 0; response == null; hop++) {
            rule.check(at);
            HttpResponse<InputStream> answer = send(at);
            int status = answer.statusCode();
            Optional<String> location = answer.headers().firstValue("Location");
            if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
                close(answer);
                if (hop == MAX_REDIRECTS) {
                    throw unreachable(address.getHost() + " redirected more than " + MAX_REDIRECTS + " times");
                }
                at = redirect(at, location.get());
            } else {
                response = answer;
            }
        }
        String host = at.getHost();
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw unreachable(host + " answered HTTP " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            String name = address.toString(); // the address the person gave, wherever it led
            boolean feed = type.contains("rss") || type.contains("atom") || type.contains("xml") && !type.contains("html");
            if (!ArticleFileReader.isSupported(name)) {
                name += feed ? " as .rss" : type.contains("text/plain") ? " as .txt" : " as .html";
            }
            long limit = ArticleFileReader.isBundle(name) ? maxFeedBytes : maxPageBytes;
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ArticleReadException(ArticleReadException.Reason.TOO_LARGE, "more than "
                        + ByteCount.format(limit) + " at " + at + ", the limit for what is fetched");
            }
            return ArticleSource.of(name, bytes);
        } catch (IOException e) {
            throw unreachable("the answer from " + host + " broke off: " + e.getMessage());
        }
    }

    /** One request, no redirects followed; what went wrong on the way in words. */
    private static HttpResponse<InputStream> send(URI address) throws ArticleReadException {
        String host = address.getHost();
        HttpRequest request = HttpRequest.newBuilder(address).timeout(ANSWER_TIMEOUT)
                .header("User-Agent", "NewsAtlas (article import)")
                .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                        + "text/plain;q=0.8, */*;q=0.5")
                .GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw unreachable(host + " did not answer within " + CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw unreachable(host + " sent no answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw unreachable(cause(e, UnknownHostException.class).isPresent() ? "no such host " + host
                    : "cannot connect to " + host + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (SSLException e) {
            throw unreachable("no secure connection to " + host + ": " + e.getMessage());
        } catch (IOException e) {
            throw unreachable(cause(e, UnknownHostException.class).isPresent() ? "no such host " + host
                    : "cannot fetch from " + host + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("stopped while fetching from " + host);
        }
    }

    /** Where a redirect points, resolved against the address that sent it; http or https only. */
    private static URI redirect(URI from, String location) throws ArticleReadException {
        try {
            URI next = from.resolve(new URI(location.strip()));
            if (next.getHost() == null || !isAddress(next.toString())) {
                throw unreachable(from.getHost() + " redirected to " + location + ", which is no http or https address");
            }
            return next;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw unreachable(from.getHost() + " redirected to an address that is not one: " + location);
        }
    }

    private static void close(HttpResponse<InputStream> answer) {
        try {
            answer.body().close();
        } catch (IOException e) {
            // a redirect's body is not read
        }
    }

    private static ArticleReadException unreachable(String reason) {
        return new ArticleReadException(ArticleReadException.Reason.UNREADABLE, "cannot fetch it: " + reason);
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}

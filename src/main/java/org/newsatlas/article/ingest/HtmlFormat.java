package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.EMPTY;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsatlas.article.NewArticle;

/**
 * A saved web page: decoded (byte-order mark, the page's meta charset, UTF-8, Windows-1252), its metadata
 * read, then cut to the article's text with jsoup. Scripts and iframes never survive; the warning says so.
 */
class HtmlFormat implements ArticleFormat {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_BYTES = 4096;

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<String> extensions() {
        return List.of(".html", ".htm");
    }

    @Override
    public ReadArticle read(String sourceName, byte[] bytes) throws ArticleReadException {
        List<String> warnings = new ArrayList<>();
        DecodedText decoded = decoder.decode(bytes, declaredCharset(bytes, warnings));
        warnings.addAll(decoded.warnings());
        Document page = Jsoup.parse(decoded.text());
        PageMetadata metadata = PageMetadata.of(page);
        HtmlArticleText.Extracted body = HtmlArticleText.extract(page);
        if (body.text().isBlank()) {
            throw new ArticleReadException(EMPTY, "no article text: the page has no paragraphs outside menus and scripts");
        }
        body.removedActiveContent().ifPresent(warnings::add);
        NewArticle article = new NewArticle(metadata.title(), metadata.outlet(), metadata.author(),
                metadata.published(), false, sourceName, body.text());
        return new ReadArticle(article, warnings);
    }

    private static Optional<Charset> declaredCharset(byte[] bytes, List<String> warnings) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        try {
            Charset charset = Charset.forName(name);
            // browsers read pages labelled Latin-1 as Windows-1252 (WHATWG Encoding Standard)
            return Optional.of(charset.equals(StandardCharsets.ISO_8859_1) || charset.name().equals("US-ASCII")
                    ? TextDecoder.WINDOWS_1252 : charset);
        } catch (IllegalArgumentException e) {
            warnings.add("unknown charset \"" + name + "\" in the page: decoded by content");
            return Optional.empty();
        }
    }
}

package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.EMPTY;

import java.util.List;
import java.util.Optional;
import org.newsatlas.article.NewArticle;

/** A .md file: Markdown syntax stripped to readable text; a leading level-1 heading is the title. */
class MarkdownFormat implements ArticleFormat {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<String> extensions() {
        return List.of(".md", ".markdown");
    }

    @Override
    public ReadArticle read(String sourceName, byte[] bytes) throws ArticleReadException {
        DecodedText decoded = decoder.decode(bytes, Optional.empty());
        MarkdownText.Document document = MarkdownText.toPlainText(decoded.text());
        if (document.text().isBlank()) {
            throw new ArticleReadException(EMPTY, "no article text: the file has no paragraphs");
        }
        NewArticle article = new NewArticle(document.title().orElse(null), null, null, null, false,
                sourceName, document.text());
        return new ReadArticle(article, decoded.warnings());
    }
}

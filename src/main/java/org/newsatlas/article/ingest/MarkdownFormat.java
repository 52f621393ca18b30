package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.EMPTY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.article.NewArticle;

/**
 * A .md file: Markdown syntax stripped to readable text; its front matter ({@link FrontMatter}) gives title, date,
 * outlet and author, else a leading level-1 heading is the title.
 */
class MarkdownFormat implements ArticleFormat {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<String> extensions() {
        return List.of(".md", ".markdown");
    }

    @Override
    public ReadArticle read(String sourceName, byte[] bytes) throws ArticleReadException {
        DecodedText decoded = decoder.decode(bytes, Optional.empty());
        FrontMatter front = FrontMatter.of(decoded.text());
        MarkdownText.Document document = MarkdownText.toPlainText(front.body());
        if (document.text().isBlank()) {
            throw new ArticleReadException(EMPTY, "no article text: the file has no paragraphs");
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        LocalDate published = front.field("date").flatMap(date -> {
            Optional<LocalDate> read = RecordDate.parse(date);
            if (read.isEmpty()) {
                warnings.add("its front matter's date “" + date + "” is not a date it can read");
            }
            return read;
        }).orElse(null);
        NewArticle article = new NewArticle(front.field("title").or(document::title).orElse(null),
                front.field("outlet").orElse(null), front.field("author").orElse(null), published, false,
                sourceName, document.text());
        return new ReadArticle(article, warnings);
    }
}

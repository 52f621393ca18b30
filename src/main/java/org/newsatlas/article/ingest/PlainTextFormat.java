package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.EMPTY;

import java.util.List;
import java.util.Optional;
import org.newsatlas.article.NewArticle;

/** A .txt file: the text as it is; the title comes from the cleaner's headline or the lede. */
class PlainTextFormat implements ArticleFormat {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<String> extensions() {
        return List.of(".txt");
    }

    @Override
    public ReadArticle read(String sourceName, byte[] bytes) throws ArticleReadException {
        DecodedText decoded = decoder.decode(bytes, Optional.empty());
        String text = decoded.text().strip();
        if (text.isEmpty()) {
            throw new ArticleReadException(EMPTY, "empty file: only white space");
        }
        return new ReadArticle(new NewArticle(null, null, null, null, false, sourceName, text), decoded.warnings());
    }
}

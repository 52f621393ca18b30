package org.newsatlas.article.ingest;

import java.util.List;

/** One file format the importer understands: the bytes of a file (already size-checked) to an article. */
interface ArticleFormat {

    /** Lower-case file extensions with their dot, e.g. {@code .html}. */
    List<String> extensions();

    ReadArticle read(String sourceName, byte[] bytes) throws ArticleReadException;
}

package org.newsatlas.article.ingest;

import java.util.List;

/** A file format that holds many articles: the bytes of the file (size-checked) to its entries, in order. */
interface BundleFormat {

    /** Lower-case file extensions with their dot, e.g. {@code .csv}. */
    List<String> extensions();

    List<BundleEntry> entries(String sourceName, byte[] bytes) throws ArticleReadException;
}

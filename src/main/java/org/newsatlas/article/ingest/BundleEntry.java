package org.newsatlas.article.ingest;

/** One thing found in a file that holds many articles (a CSV or JSON Lines file, a ZIP archive). */
sealed interface BundleEntry {

    /** Where it is, for the result line ("news.csv row 4", "archive.zip/2021/kabul.html"). */
    String name();

    /** A row or line with the article's fields. */
    record Row(ArticleRecord record) implements BundleEntry {
        @Override
        public String name() {
            return record.name();
        }
    }

    /** A file inside an archive, read like a file on disk. */
    record File(String name, byte[] bytes) implements BundleEntry {
    }

    /** A row, line or entry that cannot be an article, and why ("line 3 is not JSON: …"). */
    record Problem(String name, String reason) implements BundleEntry {
    }

    /** An archive entry left out on purpose (a folder, a hidden file, an image), and why. */
    record Skipped(String name, String reason) implements BundleEntry {
    }
}

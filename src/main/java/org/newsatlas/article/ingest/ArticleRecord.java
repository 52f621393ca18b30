package org.newsatlas.article.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One article as a row of a CSV file or a line of a JSON Lines file: the columns news APIs and archives export.
 * Column names are matched without case, with the usual other names ({@code headline}, {@code published_at},
 * {@code publishedAt}, {@code pubDate}, {@code source}, {@code byline}, {@code link}, {@code body},
 * {@code content}).
 *
 * @param name where the record is, for the result line ("news.csv row 4", "feed.jsonl line 7")
 * @param date the date as written (ISO date or date-time, or any form {@link StatedDate} reads); null if none
 */
public record ArticleRecord(String name, String title, String date, String outlet, String author, String url,
                            String text) {

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("headline", "title"),
            Map.entry("date", "date"), Map.entry("published", "date"), Map.entry("publishedat", "date"),
            Map.entry("published_at", "date"), Map.entry("pubdate", "date"), Map.entry("datepublished", "date"),
            Map.entry("outlet", "outlet"), Map.entry("source", "outlet"), Map.entry("publisher", "outlet"),
            Map.entry("site", "outlet"), Map.entry("site_name", "outlet"),
            Map.entry("author", "author"), Map.entry("byline", "author"), Map.entry("authors", "author"),
            Map.entry("url", "url"), Map.entry("link", "url"),
            Map.entry("text", "text"), Map.entry("body", "text"), Map.entry("content", "text"),
            Map.entry("article", "text"), Map.entry("maintext", "text"));

    /** Which field a column name stands for ("title", "date", "outlet", "author", "url", "text"); empty if none. */
    static Optional<String> field(String column) {
        return Optional.ofNullable(COLUMNS.get(column.strip().toLowerCase(Locale.ROOT)));
    }

    /** A record from field values keyed by {@link #field(String)}; blank values are absent. */
    static ArticleRecord of(String name, Map<String, String> fields) {
        return new ArticleRecord(name, value(fields, "title"), value(fields, "date"), value(fields, "outlet"),
                value(fields, "author"), value(fields, "url"), value(fields, "text"));
    }

    private static String value(Map<String, String> fields, String key) {
        String value = fields.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

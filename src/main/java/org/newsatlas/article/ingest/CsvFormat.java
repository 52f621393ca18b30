package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.UNREADABLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CSV ({@code .csv}, RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks and doubled
 * quotes), with a header row naming the columns ({@link ArticleRecord}); one article per row. A header without a
 * text column is refused with the columns it has.
 */
final class CsvFormat implements BundleFormat {

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<String> extensions() {
        return List.of(".csv");
    }

    @Override
    public List<BundleEntry> entries(String sourceName, byte[] bytes) throws ArticleReadException {
        List<List<String>> rows = rows(decoder.decode(bytes, Optional.empty()).text());
        if (rows.isEmpty()) {
            throw new ArticleReadException(UNREADABLE, "the CSV file has no header row");
        }
        List<String> header = rows.get(0);
        List<String> keys = header.stream().map(c -> ArticleRecord.field(c).orElse(null)).toList();
        if (!keys.contains("text")) {
            throw new ArticleReadException(UNREADABLE, "the CSV header has no text column (one of text, body,"
                    + " content, article); its columns: " + String.join(", ", header));
        }
        List<BundleEntry> entries = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String name = sourceName + " row " + (r + 1);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() > header.size()) {
                entries.add(new BundleEntry.Problem(name, "has " + row.size() + " fields, the header "
                        + header.size() + " (a comma in an unquoted field?)"));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < row.size(); c++) {
                if (keys.get(c) != null) {
                    fields.putIfAbsent(keys.get(c), row.get(c));
                }
            }
            entries.add(new BundleEntry.Row(ArticleRecord.of(name, fields)));
        }
        return entries;
    }

    /** The rows of the text; a quoted field may span lines. */
    static List<List<String>> rows(String text) throws ArticleReadException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int quoteStartLine = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                quoteStartLine = line;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ArticleReadException(UNREADABLE, "the quoted field opened on line " + quoteStartLine
                    + " of the CSV file is never closed");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}

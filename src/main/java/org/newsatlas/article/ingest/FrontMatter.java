package org.newsatlas.article.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata block at the head of a Markdown file, as static-site generators and note tools write it: YAML
 * between {@code ---} lines (or TOML between {@code +++} lines, {@code key = "value"}). Only flat fields are read,
 * by the names {@link ArticleRecord} knows (title, date, outlet / source / publisher, author / byline / authors);
 * a list ({@code [a, b]} or following {@code - a} lines) is joined with commas.
 *
 * @param fields the fields found, by {@link ArticleRecord#field(String)} key
 * @param body   the text after the block (the whole text when there is none)
 */
record FrontMatter(Map<String, String> fields, String body) {

    private static final Pattern BLOCK = Pattern.compile("\\A(---|\\+\\+\\+)[ \\t]*\\n(.*?)\\n\\1[ \\t]*(?:\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)[ \\t]*[:=][ \\t]*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[ \\t]+-[ \\t]+(.*)$|^-[ \\t]+(.*)$");

    static FrontMatter of(String text) {
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            return new FrontMatter(Map.of(), text);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String key = null;
        List<String> items = new ArrayList<>();
        for (String line : block.group(2).split("\n")) {
            Matcher item = ITEM.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (item.matches() && key != null) {
                items.add(unquote(item.group(1) != null ? item.group(1) : item.group(2)));
            } else if (field.matches()) {
                put(fields, key, items);
                key = ArticleRecord.field(field.group(1)).orElse(null);
                items = new ArrayList<>();
                String value = field.group(2).strip();
                if (value.startsWith("[") && value.endsWith("]")) {
                    for (String part : value.substring(1, value.length() - 1).split(",")) {
                        items.add(unquote(part));
                    }
                } else if (!value.isEmpty()) {
                    items.add(unquote(value));
                }
            }
        }
        put(fields, key, items);
        return new FrontMatter(Map.copyOf(fields), text.substring(block.end()));
    }

    Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    private static void put(Map<String, String> fields, String key, List<String> items) {
        List<String> values = items.stream().filter(v -> !v.isBlank()).toList();
        if (key != null && !values.isEmpty()) {
            fields.putIfAbsent(key, String.join(", ", values));
        }
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}

package org.newsatlas.article.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, one article per object, fields as
 * {@link ArticleRecord} names them. An outlet given as an object takes its {@code name} (NewsAPI's
 * {@code "source": {"name": …}}); authors given as a list are joined. Blank lines are passed over.
 */
final class JsonLinesFormat implements BundleFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<String> extensions() {
        return List.of(".jsonl", ".ndjson");
    }

    @Override
    public List<BundleEntry> entries(String sourceName, byte[] bytes) throws ArticleReadException {
        String text = decoder.decode(bytes, Optional.empty()).text();
        List<BundleEntry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                entries.add(entry(sourceName + " line " + (i + 1), lines[i]));
            }
        }
        return entries;
    }

    private static BundleEntry entry(String name, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new BundleEntry.Problem(name, "not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return new BundleEntry.Problem(name, "not a JSON object with the article's fields");
        }
        Map<String, String> fields = new HashMap<>();
        node.fields().forEachRemaining(field -> ArticleRecord.field(field.getKey())
                .ifPresent(key -> fields.putIfAbsent(key, text(field.getValue()))));
        return new BundleEntry.Row(ArticleRecord.of(name, fields));
    }

    static String text(JsonNode value) {
        if (value.isObject()) {
            return value.path("name").isValueNode() ? value.path("name").asText() : null;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(item -> parts.add(item.isObject() ? item.path("name").asText() : item.asText()));
            return String.join(", ", parts);
        }
        return value.isNull() ? null : value.asText();
    }
}

package org.newsatlas.article.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The first schema.org article node (NewsArticle, Article, BlogPosting, ...) in a page's JSON-LD blocks. */
record JsonLdArticle(Optional<String> headline, Optional<String> datePublished, Optional<String> publisher,
                     Optional<String> author) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonLdArticle NONE =
            new JsonLdArticle(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    static JsonLdArticle find(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            for (JsonNode node : nodes(script.data())) {
                if (isArticle(node)) {
                    return new JsonLdArticle(string(node.get("headline")).or(() -> string(node.get("name"))),
                            string(node.get("datePublished")), name(node.get("publisher")), name(node.get("author")));
                }
            }
        }
        return NONE;
    }

    private static List<JsonNode> nodes(String json) {
        List<JsonNode> nodes = new ArrayList<>();
        try {
            collect(JSON.readTree(json), nodes);
        } catch (JsonProcessingException e) {
            // a broken JSON-LD block is common on the web and says nothing about the article: skip it
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        List<JsonNode> types = type == null ? List.of()
                : type.isArray() ? StreamSupport.stream(type.spliterator(), false).toList() : List.of(type);
        return types.stream().map(JsonNode::asText)
                .anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report"));
    }

    /** A person or organisation: a string, {"name": ...}, or a list of them joined with commas. */
    private static Optional<String> name(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            String names = StreamSupport.stream(node.spliterator(), false).map(JsonLdArticle::name)
                    .flatMap(Optional::stream).collect(Collectors.joining(", "));
            return Optional.of(names).filter(s -> !s.isEmpty());
        }
        return node.isObject() ? string(node.get("name")) : string(node);
    }

    private static Optional<String> string(JsonNode node) {
        return Optional.ofNullable(node).filter(JsonNode::isValueNode).map(JsonNode::asText).map(String::strip)
                .filter(s -> !s.isEmpty());
    }
}

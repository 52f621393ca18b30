package org.newsatlas.article.ingest;

import java.util.List;
import java.util.regex.Pattern;

/** Strips inline Markdown (links, images, emphasis, code spans, escapes, inline HTML tags) to its text. */
final class MarkdownInline {

    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }
    }

    private static final List<Rule> RULES = List.of(
            Rule.of("!\\[[^\\]]*]\\([^)]*\\)", ""),
            Rule.of("!\\[[^\\]]*]\\[[^\\]]*]", ""),
            Rule.of("\\[([^\\]]+)]\\([^)]*\\)", "$1"),
            Rule.of("\\[([^\\]]+)]\\[[^\\]]*]", "$1"),
            Rule.of("<((?:https?|mailto):[^>\\s]+)>", "$1"),
            Rule.of("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>", ""),
            Rule.of("`+([^`]+?)`+", "$1"),
            Rule.of("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1", "$2"),
            Rule.of("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])", "$1"),
            Rule.of("(?<!\\w)_(?=\\S)(.+?)(?<=\\S)_(?!\\w)", "$1"),
            Rule.of("~~(?=\\S)(.+?)(?<=\\S)~~", "$1"),
            Rule.of("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])", "$1"),
            Rule.of("[ \\t]{2,}", " "));

    private MarkdownInline() {
    }

    static String strip(String text) {
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result.strip();
    }
}

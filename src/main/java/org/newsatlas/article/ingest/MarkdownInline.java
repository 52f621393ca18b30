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

    /**
     * Link texts stop at the next bracket, targets at a bracket or an unbalanced parenthesis, code-span fences are
     * possessive and emphasis spans hold no marker of their own and at most {@value #LONGEST_SPAN} characters:
     * unclosed markers ("[[[[...", "*a *a *a ...") in a long line cost linear time, not a rescan of the rest of the
     * line from every marker.
     */
    private static final int LONGEST_SPAN = 1000;
    /**
     * A link target: no brackets, at most one pair of parentheses inside ("Georgia_(country)"). Character runs, not
     * an alternation per character: Java's regex engine recurses per repetition of a group, and a long target would
     * overflow the stack.
     */
    private static final String TARGET = "\\([^()\\[\\]]*+(?:\\([^()\\[\\]]*+\\)[^()\\[\\]]*+)?\\)";
    private static final List<Rule> RULES = List.of(
            Rule.of("!\\[[^\\[\\]]*]" + TARGET, ""),
            Rule.of("!\\[[^\\[\\]]*]\\[[^\\[\\]]*]", ""),
            Rule.of("\\[([^\\[\\]]+)]" + TARGET, "$1"),
            Rule.of("\\[([^\\[\\]]+)]\\[[^\\[\\]]*]", "$1"),
            Rule.of("<((?:https?|mailto):[^<>\\s]+)>", "$1"),
            Rule.of("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>", ""),
            Rule.of("`{1,16}+([^`]{1," + LONGEST_SPAN + "}?)`+", "$1"),
            Rule.of("\\*\\*(?=\\S)" + span('*') + "(?<=\\S)\\*\\*", "$1"),
            Rule.of("__(?=\\S)" + span('_') + "(?<=\\S)__", "$1"),
            Rule.of("(?<![\\w*])\\*(?=\\S)" + span('*') + "(?<=\\S)\\*(?![\\w*])", "$1"),
            Rule.of("(?<!\\w)_(?=\\S)" + span('_') + "(?<=\\S)_(?!\\w)", "$1"),
            Rule.of("~~(?=\\S)" + span('~') + "(?<=\\S)~~", "$1"),
            Rule.of("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])", "$1"),
            Rule.of("[ \\t]{2,}", " "));

    private MarkdownInline() {
    }

    /** An emphasis span's text: at least one character, none of them its marker. */
    private static String span(char marker) {
        return "([^" + marker + "\\n]{1," + LONGEST_SPAN + "}?)";
    }

    /** The rules' patterns, in order (for tests of their cost on hostile text). */
    static List<Pattern> patterns() {
        return RULES.stream().map(Rule::pattern).toList();
    }

    static String strip(String text) {
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result.strip();
    }
}

package org.newsatlas.article.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain text a person reads the same way: headings, list items and paragraphs become
 * paragraphs separated by a blank line, soft-wrapped lines are joined, link targets, images, emphasis
 * markers, code fences and reference definitions go. A first-level heading before any text is the title.
 */
final class MarkdownText {

    /** The title (a leading {@code # Title}) and the text without Markdown syntax. */
    record Document(Optional<String> title, String text) {
    }

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,9})[.)]\\s+(.*)$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*\\S+.*$");

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> current = new ArrayList<>();
    private String title;
    private boolean inFence;

    private MarkdownText() {
    }

    static Document toPlainText(String markdown) {
        MarkdownText converter = new MarkdownText();
        for (String line : markdown.split("\n", -1)) {
            converter.line(line);
        }
        converter.endParagraph();
        return new Document(Optional.ofNullable(converter.title), String.join("\n\n", converter.paragraphs));
    }

    private void line(String raw) {
        if (FENCE.matcher(raw).find()) {
            endParagraph();
            inFence = !inFence;
            return;
        }
        if (inFence) {
            current.add(raw.stripTrailing());
            return;
        }
        String line = unquote(raw);
        Matcher heading = ATX_HEADING.matcher(line);
        Matcher underline = SETEXT_UNDERLINE.matcher(line);
        if (line.isBlank() || RULE.matcher(line).matches() && current.isEmpty()
                || REFERENCE_DEFINITION.matcher(line).matches()) {
            endParagraph();
        } else if (heading.matches()) {
            endParagraph();
            heading(heading.group(1).length(), heading.group(2));
        } else if (underline.matches() && current.size() == 1) {
            String text = current.remove(0);
            heading(underline.group(1).startsWith("=") ? 1 : 2, text);
        } else if (!listItem(line)) {
            current.add(line.strip());
        }
    }

    private boolean listItem(String line) {
        Matcher bullet = BULLET.matcher(line);
        Matcher numbered = NUMBERED.matcher(line);
        if (bullet.matches()) {
            endParagraph();
            current.add(bullet.group(1).strip());
            return true;
        }
        if (numbered.matches()) {
            endParagraph();
            current.add(numbered.group(1) + ". " + numbered.group(2).strip());
            return true;
        }
        return false;
    }

    private void heading(int level, String text) {
        String plain = MarkdownInline.strip(text.strip());
        if (level == 1 && title == null && paragraphs.isEmpty() && !plain.isEmpty()) {
            title = plain;
        } else if (!plain.isEmpty()) {
            paragraphs.add(plain);
        }
    }

    private void endParagraph() {
        if (current.isEmpty()) {
            return;
        }
        String joined = inFence ? String.join("\n", current) : MarkdownInline.strip(String.join(" ", current));
        if (!joined.isBlank()) {
            paragraphs.add(joined.strip());
        }
        current.clear();
    }

    private static String unquote(String line) {
        String result = line;
        Matcher quote = QUOTE.matcher(result);
        while (quote.find()) {
            result = result.substring(quote.end());
            quote = QUOTE.matcher(result);
        }
        return result;
    }
}

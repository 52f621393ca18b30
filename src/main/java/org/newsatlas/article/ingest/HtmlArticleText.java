package org.newsatlas.article.ingest;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsatlas.article.Plural;

/**
 * The article's text from a parsed page: page furniture (scripts, styles, iframes, navigation, header, footer,
 * asides, forms) removed, the article element chosen over the page, block elements turned into paragraphs
 * separated by a blank line, {@code <br>} into a line break. Only text comes out, never markup.
 */
final class HtmlArticleText {

    /** The text, and a warning when scripts or embedded frames were removed. */
    record Extracted(String text, Optional<String> removedActiveContent) {
    }

    private static final String REMOVED = "script, noscript, style, template, iframe, frame, frameset, object, embed, "
            + "applet, svg, canvas, nav, header, footer, aside, form, button, select, textarea, dialog, [hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table",
            "tr", "hr", "address", "details", "summary", "center", "body");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private HtmlArticleText() {
    }

    static Extracted extract(Document page) {
        int scripts = page.select("script").stream().filter(HtmlArticleText::isExecutable).toList().size();
        int frames = page.select("iframe, frame, object, embed, applet").size();
        page.select(REMOVED).remove();
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, root(page));
        return new Extracted(collector.text(), warning(scripts, frames));
    }

    /** The marked-up article body, else the longest {@code <article>}, else {@code <main>}, else the body. */
    private static Element root(Document page) {
        Element body = page.selectFirst("[itemprop=articleBody]");
        if (body != null && !body.text().isBlank()) {
            return body;
        }
        Elements articles = page.select("article");
        Optional<Element> longest = articles.stream().max(Comparator.comparingInt(e -> e.text().length()));
        if (longest.isPresent() && !longest.get().text().isBlank()) {
            return longest.get();
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null && !main.text().isBlank() ? main : page.body();
    }

    private static boolean isExecutable(Element script) {
        String type = script.attr("type").toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("javascript") || type.contains("ecmascript") || type.equals("module");
    }

    private static Optional<String> warning(int scripts, int frames) {
        if (scripts == 0 && frames == 0) {
            return Optional.empty();
        }
        String what = scripts > 0 && frames > 0 ? Plural.of(scripts, "script") + " and " + Plural.of(frames, "embedded frame")
                : scripts > 0 ? Plural.of(scripts, "script") : Plural.of(frames, "embedded frame");
        return Optional.of("removed " + what + " from the page (only its text is kept)");
    }


    /** Walks the tree writing text, with a paragraph break around blocks and a line break for br. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreak;
        private boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text);
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    pendingBreak = Math.max(pendingBreak, 1);
                } else if (BLOCKS.contains(element.normalName())) {
                    pendingBreak = 2;
                } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                    pendingSpace = true;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                pendingBreak = 2;
            }
        }

        private void append(TextNode node) {
            Element parent = node.parentElement();
            boolean preformatted = parent != null && parent.closest("pre") != null;
            String raw = preformatted ? node.getWholeText() : WHITESPACE.matcher(node.getWholeText()).replaceAll(" ");
            String text = raw.strip();
            if (text.isEmpty()) {
                pendingSpace |= !raw.isEmpty();
                return;
            }
            if (!out.isEmpty()) {
                if (pendingBreak > 0) {
                    out.append(pendingBreak == 2 ? "\n\n" : "\n");
                } else if (pendingSpace || raw.startsWith(" ")) {
                    out.append(' ');
                }
            }
            out.append(text);
            pendingBreak = 0;
            pendingSpace = raw.endsWith(" ");
        }

        String text() {
            return out.toString().strip();
        }
    }
}

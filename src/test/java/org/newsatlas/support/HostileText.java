package org.newsatlas.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A corpus of hostile strings for titles, outlets, authors, bodies and file names: script end tags in many
 * spellings, comment openers, event handlers, {@code javascript:} links, SVG, HTML entities, JSON and JS string
 * break-outs, line and paragraph separators (U+2028, U+2029), bidi overrides and zero-width characters.
 * <p>
 * Every payload that could run, if it ran, sets the global {@link #GLOBAL} ({@code window.__xss}) or opens a
 * dialog ({@code alert}); {@link #INJECTED_ELEMENTS} finds what an injected tag would leave in the page. A test
 * stores these strings through some way in, shows them, and checks that neither happened and that the text is
 * shown as written.
 */
public final class HostileText {

    /** The window property the payloads set. */
    public static final String GLOBAL = "__xss";

    /** Strings that end or confuse an inline script, or run when parsed as HTML. */
    public static final List<String> MARKUP = List.of(
            "</script><script>window.__xss=1;alert(1)</script>",
            "</SCRIPT ><script>window.__xss=2;alert(2)</script>",
            "</ScRiPt\t/><script >window.__xss=3</script >",
            "<!--<script>window.__xss=4;alert(4)</script>",
            "<img src=x onerror=\"window.__xss=5;alert(5)\">",
            "<svg onload=window.__xss=6;alert(6)>",
            "<a href=\"javascript:window.__xss=7;alert(7)\">click me</a>",
            "javascript:alert(8)",
            "<iframe srcdoc=\"<script>parent.__xss=9</script>\"></iframe>",
            "\"><img src=x onerror=window.__xss=10>",
            "'-alert(11)-'",
            "\\\"};window.__xss=12;//",
            "${alert(13)}{{constructor.constructor('window.__xss=14')()}}",
            "<details open ontoggle=window.__xss=15>");

    /** Entities that must stay as written (an app that decodes them twice turns them into tags). */
    public static final List<String> ENTITIES = List.of(
            "&lt;script&gt;window.__xss=16&lt;/script&gt;",
            "&#60;img src=x onerror=window.__xss=17&#62;",
            "&#x3C;/script&#x3E;");

    /** Characters that are harmless as text but break naive JS or confuse readers. */
    public static final List<String> INVISIBLE = List.of(
            "line\u2028separator and paragraph\u2029separator",
            "right-to-left \u202Egnp.exe override",
            "zero\u200Bwidth\u200Cjoiners\u200D and a\uFEFFBOM");

    /** Everything above. */
    public static final List<String> ALL = java.util.stream.Stream.of(MARKUP, ENTITIES, INVISIBLE)
            .flatMap(List::stream).toList();

    /**
     * A Playwright expression listing what injected markup would leave in the page, through every open shadow
     * root: an {@code img[src=x]}, an element with an {@code on...} attribute, a {@code javascript:} link, an
     * iframe/object/embed, a {@code <details ontoggle>}, or a script (not Vaadin's initial one) that mentions
     * the global. Each entry is the start of the element's markup; an empty list is a clean page.
     */
    public static final String INJECTED_ELEMENTS = """
            () => {
              const found = [];
              const visit = (root) => {
                for (const el of root.querySelectorAll('*')) {
                  const tag = el.localName;
                  const handler = el.getAttributeNames().some((a) => a.toLowerCase().startsWith('on'));
                  const href = (el.getAttribute('href') || el.getAttribute('xlink:href') || '').trim().toLowerCase();
                  const script = tag === 'script' && !el.hasAttribute('initial')
                      && (el.textContent || '').includes('__xss');
                  if (handler || script || href.startsWith('javascript:')
                      || (tag === 'img' && el.getAttribute('src') === 'x')
                      || ['iframe', 'object', 'embed'].includes(tag)) {
                    found.push(el.outerHTML.slice(0, 160));
                  }
                  if (el.shadowRoot) {
                    visit(el.shadowRoot);
                  }
                }
              };
              visit(document);
              return found;
            }""";

    private HostileText() {
    }

    /** A one-line title: {@code lead} (say, a script end tag), then words naming the article. */
    public static String title(String lead, String words) {
        return lead + " " + words;
    }

    /**
     * A body whose every paragraph names {@code place} (so the map's panel shows the payloads beside the place)
     * and carries some payloads, dated {@code day} in the text (say "19 August 2021").
     */
    public static String body(String place, String day) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ALL.size(); i += 3) {
            List<String> some = ALL.subList(i, Math.min(ALL.size(), i + 3));
            text.append("Officials in ").append(place).append(" on ").append(day).append(" quoted ")
                    .append(String.join(" then ", some)).append(" in a statement.\n\n");
        }
        return text.toString().strip();
    }

    /**
     * An HTML page whose {@code <title>}, {@code og:site_name} and {@code meta author} carry payloads, and whose
     * body is {@link #body} (escaped as HTML, so the importer reads the same characters back).
     */
    public static String htmlPage(String title, String outlet, String author, String place, String day) {
        String paragraphs = List.of(body(place, day).split("\n\n")).stream()
                .map(p -> "<p>" + escapeHtml(p) + "</p>").collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%s</title>
                <meta property="og:site_name" content="%s">
                <meta name="author" content="%s">
                </head><body><article>
                %s
                </article></body></html>
                """.formatted(escapeHtml(title), escapeHtml(outlet), escapeHtml(author), paragraphs);
    }

    /** A file name with markup in it (no {@code /}: a file system keeps the rest). */
    public static String fileName(String stem, String extension) {
        return "<img src=x onerror=alert(20)>" + stem + "<svg onload=alert(21)>" + extension;
    }

    /** Text as HTML character data or a double-quoted attribute value. */
    public static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

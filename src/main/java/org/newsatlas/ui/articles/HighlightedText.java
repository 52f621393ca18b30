package org.newsatlas.ui.articles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Text from the open web with highlighted ranges, built from text nodes and spans: never parsed as HTML.
 * Ranges are [start, end) within the text; overlapping ranges keep the first.
 */
public final class HighlightedText {

    private HighlightedText() {
    }

    /** A highlighted range and how to render it (a span with a class, a clickable link...). */
    public record Mark(int start, int end, Function<String, Component> render) {
    }

    public static Paragraph paragraph(String text, List<Mark> marks) {
        Paragraph paragraph = new Paragraph();
        int at = 0;
        for (Mark mark : marks.stream().sorted(Comparator.comparingInt(Mark::start)).toList()) {
            if (mark.start() < at || mark.end() > text.length() || mark.start() >= mark.end()) {
                continue;
            }
            if (mark.start() > at) {
                paragraph.add(new Text(text.substring(at, mark.start())));
            }
            paragraph.add(mark.render().apply(text.substring(mark.start(), mark.end())));
            at = mark.end();
        }
        if (at < text.length()) {
            paragraph.add(new Text(text.substring(at)));
        }
        return paragraph;
    }

    /** A {@code <mark>}: screen readers can say where a highlight starts and ends. */
    public static Component mark(String text, String className) {
        Highlight mark = new Highlight(text);
        mark.getElement().setAttribute("class", className);
        return mark;
    }

    @Tag("mark")
    private static final class Highlight extends HtmlContainer {
        Highlight(String text) {
            setText(text);
        }
    }
}

package org.newsatlas.ui.articles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsatlas.article.Article;
import org.newsatlas.article.ArticleReading;
import org.newsatlas.article.MentionCorrection;
import org.newsatlas.article.Passage;
import org.newsatlas.article.Plural;
import org.newsatlas.article.StoredMention;

/**
 * The whole cleaned article: its own passages as paragraphs with every place mention highlighted (click one to
 * fly the map to it), each run of boilerplate folded and named. Everything is set as text, never as HTML.
 */
public class ArticleReader extends Dialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private final ArticleReading reading;
    private final Consumer<StoredMention> onPlace;
    private final Consumer<MentionRef> onCorrect;
    private final List<Passage> boilerplate = new ArrayList<>();
    private final ReaderFocus focus;
    private Paragraph opensAt;

    /**
     * @param onPlace   called when a highlighted place is clicked; null: mentions are highlighted only
     * @param onCorrect called when a span marked "not a place" is clicked, or with the words selected for "Add a
     *                  place"; null: such spans are only struck through, and nothing can be added
     */
    public ArticleReader(ArticleReading reading, Consumer<StoredMention> onPlace, Consumer<MentionRef> onCorrect) {
        this(reading, ReaderFocus.NONE, onPlace, onCorrect);
    }

    /**
     * @param focus the passage to open at and the ranges in it to mark (a search's words, the selected feature's
     *              mentions); {@link ReaderFocus#NONE}: from the top
     */
    public ArticleReader(ArticleReading reading, ReaderFocus focus, Consumer<StoredMention> onPlace,
                         Consumer<MentionRef> onCorrect) {
        this.focus = focus;
        this.reading = reading;
        this.onPlace = onPlace;
        this.onCorrect = onCorrect;
        setHeaderTitle(reading.article().title());
        setWidth("min(56rem, 95vw)");
        addClassName("na-reader");
        add(metadata(reading.article()));
        for (Passage passage : reading.passages()) {
            if (passage.kind().isArticleContent()) {
                foldBoilerplate();
                add(paragraph(passage));
            } else {
                boilerplate.add(passage);
            }
        }
        foldBoilerplate();
        Button close = new Button("Close", e -> close());
        getFooter().add(close);
        if (onCorrect != null) {
            getFooter().addComponentAsFirst(addPlaceButton());
        }
        if (opensAt != null) {
            Paragraph target = opensAt;
            addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    // in the middle of the reader, so the lines before it say where it is
                    target.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.AUTO,
                            ScrollOptions.Alignment.CENTER, ScrollOptions.Alignment.NEAREST));
                }
            });
        }
    }

    private Paragraph paragraph(Passage passage) {
        List<ReaderFocus.Range> hits = focus.rangesIn(passage.id());
        List<HighlightedText.Mark> marks = new ArrayList<>(reading.mentionsIn(passage).stream()
                .map(m -> {
                    int start = m.start() - passage.start();
                    int end = m.end() - passage.start();
                    return new HighlightedText.Mark(start, end, text -> hit(mention(text, m), overlaps(hits, start, end)));
                })
                .toList());
        reading.notAPlaceIn(passage).forEach(c -> {
            int start = c.start() - passage.start();
            int end = c.end() - passage.start();
            marks.add(new HighlightedText.Mark(start, end, text -> hit(notAPlace(text, c), overlaps(hits, start, end))));
        });
        // the words found or the feature's mentions that are no place mention of their own: marked as such
        for (ReaderFocus.Range range : hits) {
            if (marks.stream().noneMatch(m -> m.start() < range.end() && range.start() < m.end())) {
                marks.add(new HighlightedText.Mark(range.start(), range.end(), text -> hit(
                        HighlightedText.mark(text, "na-reader-hit"), true)));
            }
        }
        Paragraph paragraph = HighlightedText.paragraph(reading.text(passage), marks);
        paragraph.addClassName("na-reader-" + passage.kind().name().toLowerCase(Locale.ROOT));
        paragraph.getElement().setAttribute("data-passage", String.valueOf(passage.id()));
        paragraph.getElement().setAttribute("data-start", String.valueOf(passage.start()));
        if (focus.holds(passage.id())) {
            paragraph.addClassName("na-reader-focus");
            paragraph.getStyle().set("border-left", "4px solid var(--lumo-primary-color)")
                    .set("padding-left", "var(--lumo-space-s)").set("margin-left", "calc(-1 * var(--lumo-space-s) - 4px)");
            if (opensAt == null && focus.first().orElse(-1L) == passage.id()) {
                opensAt = paragraph;
                paragraph.getElement().setAttribute("tabindex", "-1");
                paragraph.getElement().setAttribute("aria-label", "The passage you opened the article at");
            }
        }
        return paragraph;
    }

    private static boolean overlaps(List<ReaderFocus.Range> hits, int start, int end) {
        return hits.stream().anyMatch(r -> r.start() < end && start < r.end());
    }

    /** A mention that is also what the reader was opened for is marked as a hit too. */
    private static Component hit(Component mark, boolean isHit) {
        if (isHit) {
            mark.getElement().getClassList().add("na-reader-hit");
            // a marker pen's yellow with the text's own colour: what the search found, or the feature's name
            mark.getElement().getStyle().set("background", "#fff3a0").set("color", "var(--lumo-body-text-color)")
                    .set("box-shadow", "0 0 0 1px #e0c200").set("border-radius", "2px");
        }
        return mark;
    }

    private Component mention(String text, StoredMention mention) {
        boolean corrected = MentionCorrection.DECIDED_BY.equals(mention.decidedBy());
        Component mark = placeLink(text, mention);
        if (corrected) {
            mark.getElement().setAttribute("title", mention.placeName() + " · corrected by you"
                    + (onPlace == null ? "" : " · show on the map"));
            mark.getElement().getClassList().add("na-mention--corrected");
            mark.getElement().getStyle().set("text-decoration", "underline dotted");
        }
        return mark;
    }

    /** A span a person said is not a place: struck through; a click opens its correction (to undo it). */
    private Component notAPlace(String text, MentionCorrection correction) {
        if (onCorrect == null) {
            Component mark = HighlightedText.mark(text, "na-mention--not-a-place");
            mark.getElement().getStyle().set("text-decoration", "line-through");
            mark.getElement().setAttribute("title", "Not a place (an editor's correction)");
            return mark;
        }
        Button button = new Button(text, e -> {
            close();
            onCorrect.accept(new MentionRef(correction.articleId(), correction.start(), correction.end()));
        });
        button.addClassName("na-mention--not-a-place");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.getElement().getStyle().set("text-decoration", "line-through");
        button.getElement().setAttribute("title", "Not a place (your correction) · change or undo");
        return button;
    }

    private Component placeLink(String text, StoredMention mention) {
        if (onPlace == null) {
            return HighlightedText.mark(text, "na-mention");
        }
        Button link = new Button(text, e -> {
            close();
            onPlace.accept(mention);
        });
        link.addClassName("na-mention");
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.getElement().setAttribute("title", mention.placeName()
                + (mention.associative() ? " (associated)" : "") + " · show on the map");
        link.getElement().setAttribute("data-place", mention.gazetteerId());
        return link;
    }

    /**
     * "Add a place": the words selected in one of the article's paragraphs become a place mention the person places
     * (the correction dialog, via {@code onCorrect}); with nothing selected it says how.
     */
    private Button addPlaceButton() {
        Button add = new Button("Add a place", e -> getElement().executeJs(SELECTION).then(json -> {
            int[] span = selection(json);
            if (span == null) {
                Notification.show("Select the words of a place in one paragraph of the text, then Add a place.",
                        5000, Notification.Position.MIDDLE);
                return;
            }
            close();
            onCorrect.accept(new MentionRef(reading.article().id(), span[0], span[1]));
        }));
        add.addClassName("na-reader-add-place");
        add.setTooltipText("Select a place's words in the text that are not highlighted, then add them");
        return add;
    }

    /** The selection as [paragraph's start in the article, start in it, end in it]; null when none fits. */
    private static final String SELECTION = """
            const selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return null; }
            const range = selection.getRangeAt(0);
            const paragraph = (node) => {
              const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
              return el && el.closest('[data-start]');
            };
            const p = paragraph(range.startContainer);
            if (!p || p !== paragraph(range.endContainer)) { return null; }
            const offset = (container, at) => {
              const before = document.createRange();
              before.setStart(p, 0);
              before.setEnd(container, at);
              return before.toString().length;
            };
            return [Number(p.dataset.start), offset(range.startContainer, range.startOffset),
                    offset(range.endContainer, range.endOffset)];""";

    /** The article offsets of the selection the browser sent, without the spaces around it; null for none. */
    private int[] selection(elemental.json.JsonValue json) {
        if (!(json instanceof elemental.json.JsonArray array) || array.length() != 3) {
            return null;
        }
        int paragraphStart = (int) array.getNumber(0);
        Passage passage = reading.passages().stream().filter(p -> p.start() == paragraphStart
                && p.kind().isArticleContent()).findFirst().orElse(null);
        if (passage == null) {
            return null;
        }
        String text = reading.text(passage);
        int start = Math.max(0, Math.min(text.length(), (int) array.getNumber(1)));
        int end = Math.max(start, Math.min(text.length(), (int) array.getNumber(2)));
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new int[] {passage.start() + start, passage.start() + end};
    }

    private void foldBoilerplate() {
        if (boilerplate.isEmpty()) {
            return;
        }
        Div content = new Div();
        boilerplate.forEach(p -> content.add(new Paragraph(reading.text(p))));
        String kinds = String.join(", ", boilerplate.stream()
                .map(p -> p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).distinct().toList());
        int n = boilerplate.size();
        Details details = new Details("Boilerplate (" + kinds + "): " + Plural.of(n, "passage"), content);
        details.addClassName("na-reader-boilerplate");
        add(details);
        boilerplate.clear();
    }

    private static Div metadata(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.outlet() == null ? "Unknown outlet" : article.outlet());
        parts.add(article.published() == null ? "undated"
                : (article.publishedApproximate() ? "about " : "") + DAY.format(article.published()));
        if (article.author() != null) {
            parts.add(article.author());
        }
        parts.add("from " + article.sourceName());
        Div div = new Div(new Span(String.join(" · ", parts)));
        div.addClassName("na-reader-meta");
        return div;
    }
}

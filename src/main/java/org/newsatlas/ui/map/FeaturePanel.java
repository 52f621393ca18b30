package org.newsatlas.ui.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.newsatlas.article.Plural;
import org.newsatlas.layer.FeaturePassage;
import org.newsatlas.layer.FeaturePassagePage;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.ui.articles.HighlightedText;
import org.newsatlas.ui.articles.ReaderFocus;
import org.newsatlas.ui.articles.MentionRef;

/**
 * The side panel: the selected feature (name, kind, coordinates, facts) and the passages that mention it in the
 * chosen months, grouped by article, the mention highlighted. Everything from articles is rendered as text.
 * For screen readers it is a region ("Selected feature") with the feature's name as h2 and article titles as
 * h3, mentions as {@code <mark>}, and a polite status line that announces what opened ("Dushanbe, 4 passages").
 */
public class FeaturePanel extends Composite<Section> {

    /** Opens an article in the reader at a passage, with what to mark. */
    @FunctionalInterface
    public interface ArticleOpener {
        void open(long articleId, ReaderFocus focus);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** The passages an article's group shows (its "Open article" opens the reader at them). */
    private static final String SHOWN = "na-shown-passages";
    private final ArticleOpener openArticle;
    private final Consumer<MentionRef> correct;
    private final Div status = new Div();
    private final Div body = new Div();

    /** @param correct opens the correction of a place mention; null: the person may not correct (no tools shown) */
    public FeaturePanel(ArticleOpener openArticle, Consumer<MentionRef> correct) {
        this.openArticle = openArticle;
        this.correct = correct;
        getContent().addClassName("na-panel");
        getContent().getElement().setAttribute("aria-label", "Selected feature");
        status.addClassName("na-visually-hidden");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("na-panel__status");
        getContent().add(status, body);
    }

    /** Nothing selected: say what to do (or why the month is empty). */
    public void showMessage(String title, String message) {
        showMessage(title, message, false);
    }

    /** As {@link #showMessage(String, String)}; {@code announce}: screen readers also say the title. */
    public void showMessage(String title, String message, boolean announce) {
        Section root = getContent();
        body.removeAll();
        root.removeClassName("na-panel--feature");
        body.add(new H2(title), new Paragraph(message));
        status.setText(announce ? title : "");
    }

    /**
     * The feature with the first page of its passages; {@code nextPage} gives the page from an offset, for the
     * "Show more passages" button under the last one.
     */
    public void showFeature(FeatureSummary feature, List<String> facts, FeaturePassagePage first,
                            MonthWindow window, LongFunction<FeaturePassagePage> nextPage) {
        Section root = getContent();
        body.removeAll();
        root.addClassName("na-panel--feature");
        root.getElement().setAttribute("data-layer", feature.layer().id());
        Div header = new Div();
        header.addClassName("na-panel__header");
        header.getElement().setAttribute("data-layer", feature.layer().id());
        header.add(new H2(feature.name()), line(feature.layer().title() + " · " + coordinates(feature)));
        facts.forEach(fact -> header.add(line(fact)));
        body.add(header);
        body.add(summary(first, window));
        if (first.total() == 0) {
            body.add(new Paragraph("No passage mentions " + feature.name() + " in "
                    + (window.isAllTime() ? "the corpus" : MonthFilter.describe(window))
                    + ". Try \"All time\" or another month."));
        }
        Div list = new Div();
        list.addClassName("na-panel__passages");
        body.add(list);
        showPage(list, first, feature.layer().linksPlaceMentions(), nextPage);
        status.setText(feature.name() + ", " + Plural.of(first.total(), "passage"));
    }

    /** Appends a page of passages (joining the last article's group when the page goes on with it), then "more". */
    private Button showPage(Div list, FeaturePassagePage page, boolean places, LongFunction<FeaturePassagePage> next) {
        list.getChildren().filter(c -> c.hasClassName("na-panel__more")).toList().forEach(list::remove);
        for (List<FeaturePassage> group : byArticle(page.passages()).values()) {
            Div last = list.getChildren().reduce((x, y) -> y).filter(Div.class::isInstance).map(Div.class::cast)
                    .orElse(null);
            if (last != null && String.valueOf(group.get(0).articleId())
                    .equals(last.getElement().getAttribute("data-article"))) {
                group.forEach(p -> addPassage(last, p, places, last.getComponentCount() - 1));
            } else {
                list.add(articleGroup(group, places));
            }
        }
        if (page.hasMore()) {
            long shown = page.offset() + page.passages().size();
            Button more = new Button("Show more passages (" + shown + " of " + page.total() + " shown)");
            more.addClassName("na-panel__more");
            more.addThemeVariants(ButtonVariant.LUMO_SMALL);
            more.addClickListener(e -> {
                FeaturePassagePage following = next.apply(shown);
                Button further = showPage(list, following, places, next);
                if (further != null) {
                    further.focus(); // the clicked button is gone: keep keyboard users where they were
                }
                status.setText((following.offset() + following.passages().size()) + " of "
                        + Plural.of(page.total(), "passage") + " shown");
            });
            list.add(more);
            return more;
        }
        return null;
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.addClassName("na-panel__line");
        return span;
    }

    private static Paragraph summary(FeaturePassagePage page, MonthWindow window) {
        Paragraph p = new Paragraph(Plural.of(page.articles(), "article") + " · " + Plural.of(page.total(), "passage")
                + " · " + MonthFilter.describe(window));
        p.addClassName("na-panel__summary");
        return p;
    }

    private static Map<Long, List<FeaturePassage>> byArticle(List<FeaturePassage> passages) {
        Map<Long, List<FeaturePassage>> groups = new LinkedHashMap<>();
        passages.forEach(p -> groups.computeIfAbsent(p.articleId(), id -> new java.util.ArrayList<>()).add(p));
        return groups;
    }

    private static ReaderFocus focus(List<FeaturePassage> passages) {
        Map<Long, List<ReaderFocus.Range>> ranges = new LinkedHashMap<>();
        passages.forEach(p -> ranges.put(p.passageId(), p.mentions().stream()
                .map(m -> new ReaderFocus.Range(m.start(), m.end())).toList()));
        return new ReaderFocus(ranges);
    }

    /** @param correctable the mentions are place mentions, which a person may correct */
    private Div articleGroup(List<FeaturePassage> group, boolean correctable) {
        FeaturePassage first = group.get(0);
        Div article = new Div();
        article.addClassName("na-article");
        article.getElement().setAttribute("data-article", String.valueOf(first.articleId()));
        Span source = new Span((first.outlet() == null ? "Unknown outlet" : first.outlet())
                + (first.published() == null ? "" : " · " + DAY.format(first.published())));
        source.addClassName("na-article__source");
        H3 title = new H3(first.title());
        List<FeaturePassage> shown = new java.util.ArrayList<>();
        ComponentUtil.setData(article, SHOWN, shown);
        // the reader opens at the first passage shown here, with this feature's mentions marked in each
        Button open = new Button("Open article", e -> openArticle.open(first.articleId(), focus(shown)));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setAriaLabel("Open article: " + first.title());
        article.add(source, title, open);
        group.forEach(passage -> addPassage(article, passage, correctable, article.getComponentCount() - 1));
        return article;
    }

    /** A passage (and its correction tools) into an article's group at {@code index} (before "Open article"). */
    private void addPassage(Div article, FeaturePassage passage, boolean correctable, int index) {
        @SuppressWarnings("unchecked")
        List<FeaturePassage> shown = (List<FeaturePassage>) ComponentUtil.getData(article, SHOWN);
        if (shown != null) {
            shown.add(passage);
        }
        Paragraph text = HighlightedText.paragraph(passage.text(), passage.mentions().stream()
                .map(m -> new HighlightedText.Mark(m.start(), m.end(), s -> mark(s, m)))
                .toList());
        text.addClassName("na-passage");
        article.addComponentAtIndex(index, text);
        if (correctable && correct != null) {
            article.addComponentAtIndex(index + 1, correctionTools(passage));
        }
    }

    private static Component mark(String text, FeaturePassage.Span span) {
        Component mark = HighlightedText.mark(text, "na-mention na-mention--selected"
                + (span.corrected() ? " na-mention--corrected" : ""));
        if (span.corrected()) {
            mark.getElement().setAttribute("title", "Place corrected by you");
            mark.getElement().getStyle().set("text-decoration", "underline dotted");
        }
        return mark;
    }

    /** Per mention: "Wrong place?" (or, once corrected, a badge and "Change"), opening the correction. */
    private Div correctionTools(FeaturePassage passage) {
        Div tools = new Div();
        tools.addClassName("na-mention-tools");
        for (FeaturePassage.Span span : passage.mentions()) {
            String surface = passage.text().substring(span.start(), span.end());
            MentionRef ref = new MentionRef(passage.articleId(), passage.start() + span.start(),
                    passage.start() + span.end());
            if (span.corrected()) {
                Span badge = new Span("“" + surface + "” corrected by you");
                badge.addClassName("na-mention-corrected");
                badge.getElement().getThemeList().add("badge success small");
                tools.add(badge);
            }
            Button button = new Button(span.corrected() ? "Change or undo" : "Wrong place?", e -> correct.accept(ref));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel("Correct the place of “" + surface + "”");
            button.addClassName("na-mention-correct");
            button.getElement().setAttribute("data-mention", ref.start() + "-" + ref.end());
            tools.add(button);
        }
        return tools;
    }

    private static String coordinates(FeatureSummary f) {
        if (Double.isNaN(f.lat())) {
            return "no location";
        }
        return String.format(Locale.ROOT, "%.2f° %s, %.2f° %s", Math.abs(f.lat()), f.lat() >= 0 ? "N" : "S",
                Math.abs(f.lon()), f.lon() >= 0 ? "E" : "W");
    }
}

package org.newsatlas.ui.articles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsatlas.article.MentionChoices;
import org.newsatlas.article.MentionCorrectionService;
import org.newsatlas.article.PlaceChoice;
import org.newsatlas.article.Plural;
import org.newsatlas.ui.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Where is this?": gives a mention another place (one the geoparser weighed, or any gazetteer place found by name),
 * says it is not a place, or takes a person's correction back — for this mention only, for every mention of the
 * same words in the article, or for every mention of them in the corpus, now and later. For words selected with
 * "Add a place" it offers the places of that name. The change is stored at once; then {@code onChange} gets a
 * one-line description of it.
 */
public class CorrectionDialog extends Dialog {

    /** Which mentions the actions correct. */
    private enum Scope { MENTION, ARTICLE, CORPUS }

    private static final Logger LOG = LoggerFactory.getLogger(CorrectionDialog.class);
    private final MentionCorrectionService service;
    private final CurrentUser user;
    private final MentionChoices mention;
    private final Consumer<String> onChange;
    private Scope scope = Scope.MENTION;
    /** The person's corpus-wide answer for these words, if any (an empty id: not a place). */
    private final java.util.Optional<java.util.Optional<String>> corpusAnswer;

    public CorrectionDialog(MentionCorrectionService service, CurrentUser user, MentionChoices mention,
                            Consumer<String> onChange) {
        this.service = service;
        this.user = user;
        this.mention = mention;
        this.onChange = onChange;
        addClassName("na-correction");
        setHeaderTitle("Where is “" + mention.surface() + "”?");
        setWidth("min(32rem, 95vw)");
        this.corpusAnswer = service.corpusAnswer(mention.surface());
        add(current());
        corpusAnswer.ifPresent(answer -> add(corpusLine(answer)));
        if (!isNew()) {
            add(scope(service.sameNameCount(mention.articleId(), mention.start(), mention.end())));
        }
        if (mention.isCorrected() || corpusAnswer.isPresent() && !isNew()) {
            add(action("Undo my correction", "Back to the geoparser's answer", this::undo));
        }
        add(candidates(), search(), notAPlace());
        getFooter().add(new Button("Cancel", e -> close()));
    }

    /**
     * This mention, every mention of the same words in the article (when there are more), or every mention of them
     * in the corpus, now and in articles added later; the choice applies to every action.
     */
    private RadioButtonGroup<Scope> scope(int sameName) {
        RadioButtonGroup<Scope> group = new RadioButtonGroup<>("Correct");
        group.addClassName("na-correction__scope");
        group.setItems(sameName > 1 ? java.util.List.of(Scope.MENTION, Scope.ARTICLE, Scope.CORPUS)
                : java.util.List.of(Scope.MENTION, Scope.CORPUS));
        group.setItemLabelGenerator(s -> switch (s) {
            case MENTION -> "This mention only";
            case ARTICLE -> "All " + sameName + " mentions of “" + mention.surface() + "” in this article";
            case CORPUS -> "Every “" + mention.surface() + "” in the corpus, and in articles added later";
        });
        group.setValue(Scope.MENTION);
        group.addValueChangeListener(e -> scope = e.getValue() == null ? Scope.MENTION : e.getValue());
        return group;
    }

    /** What the person said of these words for the whole corpus, with a way to take it back for a new span. */
    private Div corpusLine(java.util.Optional<String> answer) {
        Div line = new Div(new Span("You said every “" + mention.surface() + "” in the corpus "
                + answer.map(id -> "is " + service.placeLabel(id)).orElse("is not a place") + ". "));
        line.addClassName("na-correction__corpus");
        if (isNew()) {
            line.add(action("Undo for the whole corpus", "Take back the answer for every “" + mention.surface()
                    + "”", this::undoCorpus));
        }
        return line;
    }

    private String undoCorpus() {
        int articles = service.undoInCorpus(mention.surface());
        return "Every “" + mention.surface() + "”: back to the geoparser's answer in "
                + Plural.of(articles, "article");
    }

    private static String inArticles(int articles) {
        return Plural.of(articles, "article") + " analysed again";
    }

    /** "“Li”: 5 mentions" or "“Li”" for one. */
    private String which(int count) {
        return "“" + mention.surface() + "”" + (count > 1 ? ": " + count + " mentions" : "");
    }

    private String undo() {
        if (scope == Scope.CORPUS || !mention.isCorrected() && corpusAnswer.isPresent()) {
            return undoCorpus();
        }
        if (scope == Scope.ARTICLE) {
            int undone = service.undoInArticle(mention.articleId(), mention.start(), mention.end());
            return undone == 0 ? "Nothing to undo" : which(undone) + " back to the geoparser's answer";
        }
        return service.undo(mention.articleId(), mention.start(), mention.end())
                ? "“" + mention.surface() + "”: back to the geoparser's answer" : "Nothing to undo";
    }

    /** Words the geoparser did not take for a place, which the person is adding ("Add a place" in the reader). */
    private boolean isNew() {
        return mention.current().isEmpty() && !mention.isCorrected();
    }

    private Paragraph current() {
        String now = isNew() ? "The geoparser found no place here. Choose where “" + mention.surface() + "” is."
                : mention.current().map(p -> "On the map as " + p.label() + (mention.isCorrected()
                        ? ", corrected by you." : ", decided by " + mention.decidedBy() + "."))
                .orElse("Marked by you as not a place: it is not on the map.");
        Paragraph p = new Paragraph(now);
        p.addClassName("na-correction__current");
        return p;
    }

    private Div candidates() {
        Div list = new Div();
        list.addClassName("na-correction__candidates");
        var others = mention.candidates().stream()
                .filter(c -> mention.current().map(p -> !p.gazetteerId().equals(c.gazetteerId())).orElse(true))
                .toList();
        if (others.isEmpty()) {
            return list;
        }
        list.add(new Span(isNew() ? "Places of that name:" : "Other places the geoparser weighed:"));
        others.forEach(c -> list.add(action(c.label(), "Put “" + mention.surface() + "” at " + c.label(),
                () -> reassign(c))));
        return list;
    }

    private PlaceLookup search() {
        return new PlaceLookup(name -> service.findPlaces(name, PlaceLookup.SHOWN), place -> run(() -> reassign(place)));
    }

    private Button notAPlace() {
        Button button = action("Not a place", "“" + mention.surface() + "” is not a place: take it off the map",
                () -> {
                    if (scope == Scope.CORPUS) {
                        int articles = service.correctInCorpus(mention.articleId(), mention.start(), mention.end(),
                                null);
                        return "Every “" + mention.surface() + "” is not a place: " + inArticles(articles);
                    }
                    if (scope == Scope.ARTICLE) {
                        return which(service.markNotAPlaceInArticle(mention.articleId(), mention.start(),
                                mention.end())) + " not a place: taken off the map";
                    }
                    service.markNotAPlace(mention.articleId(), mention.start(), mention.end());
                    return "“" + mention.surface() + "” is not a place: taken off the map";
                });
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        button.setEnabled(mention.current().isPresent());
        button.setVisible(!isNew());
        return button;
    }

    private String reassign(PlaceChoice place) {
        if (isNew()) {
            service.addPlace(mention.articleId(), mention.start(), mention.end(), place.gazetteerId());
            return "“" + mention.surface() + "” added as " + place.label();
        }
        if (scope == Scope.CORPUS) {
            int articles = service.correctInCorpus(mention.articleId(), mention.start(), mention.end(),
                    place.gazetteerId());
            return "Every “" + mention.surface() + "” is now " + place.label() + ": " + inArticles(articles);
        }
        if (scope == Scope.ARTICLE) {
            return which(service.reassignInArticle(mention.articleId(), mention.start(), mention.end(),
                    place.gazetteerId())) + " now " + place.label();
        }
        service.reassign(mention.articleId(), mention.start(), mention.end(), place.gazetteerId());
        return "“" + mention.surface() + "” is now " + place.label();
    }

    private Button action(String text, String ariaLabel, Supplier<String> change) {
        Button button = new Button(text, e -> run(change));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(ariaLabel);
        button.addClassName("na-correction__action");
        return button;
    }

    /** Runs the change; a failure is told in one line (and logged), never as a stack trace. */
    private void run(Supplier<String> change) {
        if (!user.mayEdit("correct places")) {
            close();
            return;
        }
        String done;
        try {
            done = change.get();
        } catch (RuntimeException e) {
            LOG.warn("Correction of article {} [{}, {}) failed", mention.articleId(), mention.start(), mention.end(), e);
            Notification.show("The correction could not be saved: " + e.getMessage(), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        close();
        onChange.accept(done);
    }
}

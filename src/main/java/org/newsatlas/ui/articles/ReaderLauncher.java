package org.newsatlas.ui.articles;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.function.Consumer;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.MentionChoices;
import org.newsatlas.article.MentionCorrectionService;
import org.newsatlas.layer.LayerService;
import org.newsatlas.ui.CurrentUser;
import org.newsatlas.ui.map.FeatureRef;

/**
 * Opens an article in the reader; a clicked place is handed on as the map feature it is drawn as, and a span a
 * person marked "not a place" opens its correction.
 */
@SpringComponent
public class ReaderLauncher {

    private final ArticleService articles;
    private final LayerService layers;
    private final MentionCorrectionService corrections;
    private final CurrentUser user;

    public ReaderLauncher(ArticleService articles, LayerService layers, MentionCorrectionService corrections,
                          CurrentUser user) {
        this.articles = articles;
        this.user = user;
        this.layers = layers;
        this.corrections = corrections;
    }

    /** @param onPlace where a clicked place goes; null opens the reader without map links */
    public void open(long articleId, Consumer<FeatureRef> onPlace) {
        open(articleId, onPlace, () -> { });
    }

    /** @param onCorrected runs after a correction made from the reader */
    public void open(long articleId, Consumer<FeatureRef> onPlace, Runnable onCorrected) {
        open(articleId, ReaderFocus.NONE, onPlace, onCorrected);
    }

    /** @param focus the passage to open at and what to mark in it */
    public void open(long articleId, ReaderFocus focus, Consumer<FeatureRef> onPlace, Runnable onCorrected) {
        articles.reading(articleId).ifPresent(reading -> new ArticleReader(reading, focus, onPlace == null ? null
                : mention -> layers.featureOfPlace(mention.gazetteerId())
                        .ifPresent(f -> onPlace.accept(new FeatureRef(f.layer().id(), f.id()))),
                user.canEdit() ? mention -> correct(mention, onCorrected) : null).open());
    }

    /** A stored mention or correction, or words selected to add as a place (refused in words when they cannot be). */
    private void correct(MentionRef mention, Runnable onCorrected) {
        MentionChoices choices;
        try {
            choices = corrections.choicesToAdd(mention.articleId(), mention.start(), mention.end());
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            Notification.show("Cannot add a place here: " + e.getMessage(), 6000, Notification.Position.MIDDLE);
            return;
        }
        new CorrectionDialog(corrections, user, choices, change -> {
            Notification.show(change);
            onCorrected.run();
        }).open();
    }
}

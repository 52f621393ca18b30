package org.newsatlas.map.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.function.Consumer;
import org.newsatlas.article.ArticleService;
import org.newsatlas.layer.LayerService;

/** Opens an article in the reader; a clicked place is handed on as the map feature it is drawn as. */
@SpringComponent
public class ReaderLauncher {

    private final ArticleService articles;
    private final LayerService layers;

    public ReaderLauncher(ArticleService articles, LayerService layers) {
        this.articles = articles;
        this.layers = layers;
    }

    /** @param onPlace where a clicked place goes; null opens the reader without map links */
    public void open(long articleId, Consumer<FeatureRef> onPlace) {
        articles.reading(articleId).ifPresent(reading -> new ArticleReader(reading, onPlace == null ? null
                : mention -> layers.featureOfPlace(mention.gazetteerId())
                        .ifPresent(f -> onPlace.accept(new FeatureRef(f.layer().id(), f.id())))).open());
    }
}

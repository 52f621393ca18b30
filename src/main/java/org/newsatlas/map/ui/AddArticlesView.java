package org.newsatlas.map.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.newsatlas.article.ingest.ArticleFileReader;
import org.newsatlas.article.ingest.ArticleImportService;

/** Bring in the user's own articles: upload files or paste text; every file gets a one-line result. */
@Route(value = AddArticlesView.ROUTE, layout = MainLayout.class)
@PageTitle("Add articles · News Atlas")
public class AddArticlesView extends VerticalLayout {

    static final String ROUTE = "articles/add";

    public AddArticlesView(ArticleImportService importer, ArticleFileReader reader) {
        ImportResultList results = new ImportResultList();
        add(new H2("Upload files"), new ArticleUpload(importer, reader, results),
                results, new RouterLink("See all articles", ArticlesView.class),
                new H2("Or paste an article"), new PasteArticleForm(importer, results));
        setMaxWidth("60rem");
    }
}

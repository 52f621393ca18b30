package org.newsatlas.ui.add;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.ingest.ArticleFileReader;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.security.Role;
import org.newsatlas.ui.CurrentUser;
import org.newsatlas.ui.MainLayout;
import org.newsatlas.ui.articles.ArticlesView;

/** Bring in the user's own articles (editors only): upload files or paste text; every file gets a one-line result. */
@Route(value = AddArticlesView.ROUTE, layout = MainLayout.class)
@PageTitle("Add articles · News Atlas")
@RolesAllowed(Role.EDITOR_NAME)
public class AddArticlesView extends VerticalLayout {

    public static final String ROUTE = "articles/add";

    public AddArticlesView(ArticleImportService importer, ArticleFileReader reader, CurrentUser user,
                           ArticleService articles) {
        ImportResultList results = new ImportResultList(articles);
        add(new H2("Upload files"), new ArticleUpload(importer, reader, user, results),
                results, new RouterLink("See all articles", ArticlesView.class),
                new H2("Or paste an article"), new PasteArticleForm(importer, user, results));
        setMaxWidth("60rem");
    }
}

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
import org.newsatlas.article.ingest.FetchRule;
import org.newsatlas.article.ingest.ImportProperties;
import org.newsatlas.security.Role;
import org.newsatlas.security.ServerMode;
import org.newsatlas.ui.CurrentUser;
import org.newsatlas.ui.MainLayout;
import org.newsatlas.ui.articles.ArticlesView;

/**
 * Bring in the user's own articles (editors only): upload files, fetch a page or feed by its address, or paste
 * text; every article gets a one-line result.
 */
@Route(value = AddArticlesView.ROUTE, layout = MainLayout.class)
@PageTitle("Add articles · News Atlas")
@RolesAllowed(Role.EDITOR_NAME)
public class AddArticlesView extends VerticalLayout {

    public static final String ROUTE = "articles/add";

    public AddArticlesView(ArticleImportService importer, ArticleFileReader reader, CurrentUser user,
                           ArticleService articles, ServerMode server, ImportProperties properties) {
        ImportResultList results = new ImportResultList(articles);
        FetchRule rule = FetchRule.forServer(server.isPublic(), properties.fetchPrivateAddresses());
        add(new H2("Upload files"), new ArticleUpload(importer, reader, user, results),
                results, new RouterLink("See all articles", ArticlesView.class),
                new H2("Or fetch a page or feed"), new WebAddressForm(importer, user, results, rule),
                new H2("Or paste an article"), new PasteArticleForm(importer, user, results));
        setMaxWidth("60rem");
    }
}

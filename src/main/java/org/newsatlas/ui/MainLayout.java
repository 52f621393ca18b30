package org.newsatlas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.Plural;
import org.newsatlas.article.CorpusStats;
import org.newsatlas.ui.add.AddArticlesView;
import org.newsatlas.ui.articles.ArticlesView;

/**
 * The frame every page shares: the app's name, navigation (Map | Articles | + Add articles, for editors), corpus
 * size, and who is signed in ("Sign in" for someone who has not, where signing in would let them edit).
 */
public class MainLayout extends VerticalLayout implements RouterLayout, AfterNavigationObserver {

    private final ArticleService articles;
    private final CurrentUser user;
    private final Span summary = new Span();
    /** The navigation's links by the path they lead to. */
    private final Map<String, Anchor> links = new LinkedHashMap<>();
    private Registration corpusChanges;

    public MainLayout(ArticleService articles, CurrentUser user) {
        this.articles = articles;
        this.user = user;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(header());
    }

    private Header header() {
        Nav nav = new Nav(link("Map", ""), link("Articles", ArticlesView.ROUTE));
        if (user.canEdit()) {
            nav.add(link("+ Add articles", AddArticlesView.ROUTE));
        }
        nav.addClassName("na-app-nav");
        summary.addClassName("na-app-summary");
        Header header = new Header(new H1("News Atlas"), nav, summary, account());
        header.addClassName("na-app-header");
        header.setWidthFull(); // the layout aligns children to the start: without it the header hugs its content
        return header;
    }

    /** The signed-in person's name and "Sign out", or "Sign in" for someone who cannot edit yet. */
    private Div account() {
        Div account = new Div();
        account.addClassName("na-account");
        user.signedInName().ifPresentOrElse(name -> {
            Button signOut = new Button("Sign out", e -> user.signOut());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            signOut.addClassName("na-sign-out");
            Span who = new Span(name);
            who.addClassName("na-account-name");
            account.add(who, signOut);
        }, () -> {
            if (!user.canEdit()) {
                Anchor signIn = new Anchor(LoginView.ROUTE, "Sign in");
                signIn.addClassName("na-sign-in");
                account.add(signIn);
            }
        });
        return account;
    }

    /**
     * A link the router follows without reloading the page. By path, not by view class: the production bundle
     * loads a view's components when the view is first opened, unless a class of the first page refers to it.
     */
    private Anchor link(String text, String path) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        links.put(path, link);
        return link;
    }

    /** The page fills the height under the header. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (content != null) {
            content.getElement().getStyle().set("flex", "1 1 0").set("min-height", "0").set("width", "100%");
            getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        links.forEach((target, link) -> {
            link.getElement().setAttribute("highlight", target.equals(path));
            if (target.equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        showCorpusSize();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        corpusChanges = ComponentUtil.addListener(event.getUI(), CorpusChanged.class, e -> showCorpusSize());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        corpusChanges.remove();
    }

    private void showCorpusSize() {
        CorpusStats stats = articles.stats();
        summary.setText(Plural.of(stats.articles(), "article") + " · " + Plural.of(stats.bodyPassages(), "passage"));
    }
}

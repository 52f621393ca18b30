package org.newsatlas.ui.articles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.newsatlas.article.ArticleDateService;
import org.newsatlas.article.ArticleFilter;
import org.newsatlas.article.ArticleListService;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.ArticleSort;
import org.newsatlas.article.ArticleSummary;
import org.newsatlas.article.ingest.ReprocessService;
import org.newsatlas.security.Role;
import org.newsatlas.ui.CorpusChanged;
import org.newsatlas.ui.CurrentUser;
import org.newsatlas.ui.MainLayout;
import org.newsatlas.ui.map.MapState;
import org.newsatlas.ui.map.MapView;

/**
 * Every stored article in a lazy, sortable, filterable grid; open one in the reader, set its publication date or
 * delete it; re-run the geoparser on all of them (dating, deleting and re-running: editors only).
 */
@Route(value = ArticlesView.ROUTE, layout = MainLayout.class)
@PageTitle("Articles · News Atlas")
@RolesAllowed(Role.READER_NAME)
public class ArticlesView extends VerticalLayout {

    public static final String ROUTE = "articles";

    private final ArticleListService list;
    private final ArticleService articles;
    private final ReaderLauncher reader;
    private final CurrentUser user;
    private final ArticleDateService dates;
    private final Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
    private final TextField text = new TextField();
    private final ComboBox<String> outlet = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public ArticlesView(ArticleListService list, ArticleService articles, ReaderLauncher reader,
                        ReprocessService reprocessing, CurrentUser user, ArticleDateService dates) {
        this.reader = reader;
        this.dates = dates;
        this.user = user;
        this.list = list;
        this.articles = articles;
        setSizeFull();
        add(filters());
        if (user.canEdit()) {
            add(new ReprocessPanel(reprocessing, user, this::reanalysed));
        }
        configureGrid();
        addAndExpand(grid);
    }

    private HorizontalLayout filters() {
        text.setPlaceholder("Search title and text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        outlet.setPlaceholder("Any outlet");
        outlet.setClearButtonVisible(true);
        outlet.setItems(list.outlets());
        from.setPlaceholder("From");
        to.setPlaceholder("To");
        text.addValueChangeListener(e -> refresh());
        outlet.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, outlet, from, to);
        filters.addClassName("na-article-filters");
        return filters;
    }

    private void configureGrid() {
        var date = grid.addColumn(ArticleSummary::published).setHeader("Date").setSortProperty("PUBLISHED")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleSummary::title).setHeader("Title").setSortProperty("TITLE").setFlexGrow(3);
        grid.addColumn(ArticleSummary::outlet).setHeader("Outlet").setSortProperty("OUTLET").setFlexGrow(1);
        grid.addColumn(ArticleSummary::passages).setHeader("Passages").setSortProperty("PASSAGES")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleSummary::places).setHeader("Places").setSortProperty("PLACES")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> list.find(filter(), sort(query), query.getOffset(), query.getLimit()).stream(),
                query -> list.count(filter()));
        grid.sort(List.of(new GridSortOrder<>(date, SortDirection.DESCENDING)));
        grid.addClassName("na-article-grid");
    }

    private HorizontalLayout actions(ArticleSummary article) {
        Button open = new Button("Open", e -> reader.open(article.id(), feature -> getUI().ifPresent(ui -> ui.navigate(
                MapView.class, com.vaadin.flow.router.QueryParameters.fromString(
                        new MapState(org.newsatlas.layer.MonthWindow.ALL_TIME, feature).toQueryString()))),
                this::refresh));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (!user.canEdit()) {
            return new HorizontalLayout(open);
        }
        Button date = new Button(article.published() == null ? "Set date" : "Change date",
                e -> new PublicationDateDialog(article, dates, user, this::reanalysed).open());
        date.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        date.addClassName("na-set-date");
        Button delete = new Button("Delete", e -> confirmDelete(article));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(open, date, delete);
    }

    private void confirmDelete(ArticleSummary article) {
        ConfirmDialog dialog = new ConfirmDialog("Delete this article?",
                "\"" + article.title() + "\" and its passages and place mentions will be removed.",
                "Delete", e -> delete(article));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void delete(ArticleSummary article) {
        if (!user.mayEdit("delete articles")) {
            return;
        }
        if (articles.delete(article.id())) {
            Notification.show("Deleted \"" + article.title() + "\"");
            CorpusChanged.fire(this);
        }
        outlet.setItems(list.outlets());
        refresh();
    }

    private void reanalysed() {
        refresh();
        CorpusChanged.fire(this);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private ArticleFilter filter() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return new ArticleFilter(text.getValue(), outlet.getValue(), start, end);
    }

    private static ArticleSort sort(Query<ArticleSummary, Void> query) {
        return query.getSortOrders().stream().findFirst()
                .map(o -> new ArticleSort(ArticleSort.Column.valueOf(o.getSorted()),
                        o.getDirection() == SortDirection.ASCENDING))
                .orElse(ArticleSort.NEWEST_FIRST);
    }
}

package org.newsatlas.ui.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsatlas.api.MapGeometryController;
import org.newsatlas.api.WindowFeatures;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.MentionChoices;
import org.newsatlas.article.MentionCorrectionService;
import org.newsatlas.article.Plural;
import org.newsatlas.basemap.BaseMap;
import org.newsatlas.basemap.LayerShapes;
import org.newsatlas.layer.FeaturePassagePage;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.search.SearchHit;
import org.newsatlas.search.SearchService;
import org.newsatlas.security.Role;
import org.newsatlas.ui.CurrentUser;
import org.newsatlas.ui.MainLayout;
import org.newsatlas.ui.articles.CorrectionDialog;
import org.newsatlas.ui.articles.MentionRef;
import org.newsatlas.ui.articles.ReaderFocus;
import org.newsatlas.ui.articles.ReaderLauncher;

/**
 * The main screen: month bar and search on top, the map with its layers, and a side panel with the selected
 * feature's passages and a list of the features on the map. All state is in the URL ({@link MapState}); every
 * user action navigates, so links restore a view and back/forward step through selections.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("News Atlas")
@RolesAllowed(Role.READER_NAME)
public class MapView extends Div implements BeforeEnterObserver {

    private final ArticleService articles;
    private final int passagesPerPage;
    private final LayerService layers;
    private final MapOverlays overlays;
    private final MonthFilter months = new MonthFilter();
    private final PlaceMap map;
    private final FeaturePanel panel;
    private final FeatureList list = new FeatureList();
    private final TabSheet side = new TabSheet();
    /** What of the link could not be shown, and what is shown instead; hidden when the link was fine. */
    private final Div notice = new Div();
    private final ReaderLauncher reader;
    private final MentionCorrectionService corrections;
    private final CurrentUser user;
    private MapState state;
    /** The next selection came from the reader, the search or the list: move the map to it. */
    private boolean flyToNext;

    public MapView(BaseMap baseMap, MapProperties properties, LayerService layers, LayerShapes shapes,
                   SearchService search, ReaderLauncher reader, ArticleService articles,
                   MentionCorrectionService corrections, CurrentUser user, ObjectMapper json,
                   WindowFeatures windowFeatures) {
        this.map = new PlaceMap(json);
        this.layers = layers;
        this.passagesPerPage = properties.passagesPerPage();
        this.articles = articles;
        this.user = user;
        this.reader = reader;
        this.corrections = corrections;
        this.overlays = new MapOverlays(layers, shapes, articles, windowFeatures);
        this.panel = new FeaturePanel((id, focus) -> reader.open(id, focus, this::navigateToPlace, this::refresh),
                user.canEdit() ? this::correct : null);
        addClassName("na-map-screen");
        map.setBaseMap(baseMap.layers());
        map.setLabelsUrl(MapGeometryController.LABELS_URL);
        // the first view fits where the corpus's places are; an empty corpus shows the configured view
        map.fitBounds(DataExtent.of(layers.summaries(MonthWindow.ALL_TIME)).orElse(properties.initialEnvelope()));
        map.setTiles(properties.tileUrl(), properties.tileAttribution());
        map.addClassName("na-map");
        // Leaflet's panes have z-indexes up to 1000; in their own stacking context they stay under the dialogs
        map.getElement().getStyle().set("isolation", "isolate");
        side.addClassName("na-side");
        // the tab sheet makes its content a tabpanel: wrapped, the panel stays a region of its own
        side.add("Passages", new Div(panel));
        side.add("List", list);
        Div top = new Div(searchBox(search), months, new SkipLinks(), new CopyLinkButton());
        top.addClassName("na-top-bar");
        Div body = new Div(map, side);
        body.addClassName("na-map-body");
        notice.addClassName("na-map-notice");
        notice.getElement().setAttribute("role", "status");
        notice.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-error-color)")
                .set("background", "var(--lumo-contrast-5pct)").set("color", "var(--lumo-body-text-color)")
                .set("flex", "none");
        notice.setVisible(false);
        add(top, notice, body);
        months.addMonthSelectionListener(e -> navigate(state.withWindow(e.getWindow())));
        map.addFeatureClickListener(e -> e.getFeature().ifPresent(f -> navigate(state.withFeature(f))));
        list.addFeatureSelectedListener(this::navigateToPlace);
        // moving the map or switching a layer or tab is no step for back/forward: the address is rewritten in place
        // (a view reported again is written again: the router may have put back an address without it)
        map.addViewportChangeListener(e -> e.getViewport().ifPresent(v -> writeAddress(state.withViewport(v))));
        map.addOverlayToggleListener(e -> replace(state.withHidden(map.hiddenOverlays())));
        map.addLowConfidenceToggleListener(e -> {
            replace(state.withHideLowConfidence(e.isHidden()));
            showLowConfidence(e.isHidden());
        });
        side.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                replace(state.withTab(side.getSelectedIndex() == 1 ? MapState.Tab.LIST : MapState.Tab.PASSAGES));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<String> article = query.getParameters().get(MapLink.ARTICLE);
        List<String> problems = new ArrayList<>();
        if (article != null && !article.isEmpty()) {
            Optional<QueryParameters> shown = articleLink(query, article.get(0));
            if (shown.isPresent()) {
                // Vaadin's own forward (it enters this view again, without ?article=, and sets the address), not a
                // history.replaceState of our own, which the client's router could overwrite on a slow first load
                event.forwardTo(MapView.class, shown.get());
                return;
            }
            problems.add("Article " + article.get(0) + " has no place on the map.");
        }
        MapLink link = MapLink.parse(query);
        problems.addAll(link.problems());
        notice.setText(String.join(" ", problems));
        notice.setVisible(!problems.isEmpty());
        apply(link.state());
        if (link.fit() != null) {
            map.fitBounds(link.fit()); // once: the map reports where it came to, and the address then holds that
        }
        if (link.fit() != null || !state.equals(link.state())) {
            writeAddress(state); // an address without the map's view: the map stays, and the address says where
        }
    }

    /**
     * {@code ?article=12}: the link's parameters with the place the article mentions most as the feature instead
     * ({@code ?feature=...}, the month kept); empty for an article that is gone or names no place on the map.
     */
    private Optional<QueryParameters> articleLink(QueryParameters query, String id) {
        Map<String, List<String>> rest = new HashMap<>(query.getParameters());
        rest.remove(MapLink.ARTICLE);
        Optional<String> feature = Optional.of(id).filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .flatMap(article -> articles.mainPlaces(article, 20).stream().map(layers::featureOfPlace)
                        .flatMap(Optional::stream).findFirst())
                .map(f -> f.layer().id() + "/" + f.id());
        feature.ifPresent(f -> rest.put(MapLink.FEATURE, List.of(f)));
        return feature.map(f -> new QueryParameters(rest));
    }

    private void apply(MapState asked) {
        MapState previous = state;
        // no view asked for: the map stays where it is (it fitted the data or the feature, or was moved)
        MapState next = asked.viewport() == null && previous != null ? asked.withViewport(previous.viewport()) : asked;
        state = next;
        if (previous == null || !previous.hidden().equals(next.hidden())) {
            map.setHiddenOverlays(next.hidden());
        }
        if (previous == null || !previous.window().equals(next.window())) {
            map.setLowConfidenceHidden(next.hideLowConfidence());
            showWindow(next.window());
        } else if (previous.hideLowConfidence() != next.hideLowConfidence()) {
            showLowConfidence(next.hideLowConfidence());
        }
        if (previous == null || !Objects.equals(previous.feature(), next.feature())
                || !previous.window().equals(next.window())) {
            showFeature(next);
        }
        if (next.viewport() != null && (previous == null || !next.viewport().equals(previous.viewport()))) {
            map.setViewport(next.viewport());
        }
        side.setSelectedIndex(next.tab() == MapState.Tab.LIST ? 1 : 0);
    }

    /** The state changed in place (a layer or tab switched): the address says so, history does not grow. */
    private void replace(MapState next) {
        if (!next.equals(state)) {
            writeAddress(next);
        }
    }

    private void writeAddress(MapState next) {
        state = next;
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("", QueryParameters.fromString(next.toQueryString())));
    }

    private void correct(MentionRef mention) {
        corrections.choices(mention.articleId(), mention.start(), mention.end()).ifPresentOrElse(
                choices -> new CorrectionDialog(corrections, user, choices, change -> corrected(change, mention))
                        .open(),
                () -> {
                    Notification.show("This mention has changed since the panel was drawn.");
                    refresh();
                });
    }

    /**
     * After a correction the panel and map go with the mention: to the place it names now (its feature, when that
     * is another one), or they stay where they are (taken off the map, or the same feature).
     */
    private void corrected(String change, MentionRef mention) {
        Notification.show(change);
        Optional<FeatureRef> now = corrections.choices(mention.articleId(), mention.start(), mention.end())
                .flatMap(MentionChoices::current).flatMap(place -> layers.featureOfPlace(place.gazetteerId()))
                .map(f -> new FeatureRef(f.layer().id(), f.id()));
        if (now.isPresent() && !now.get().equals(state.feature())) {
            refresh();
            navigateToPlace(now.get());
        } else {
            refresh();
        }
    }

    /** After the corpus changed under this view (a correction): layers, counts, list and panel again. */
    private void refresh() {
        showWindow(state.window());
        showFeature(state);
    }

    /** Places of low confidence left off the map and the list, or shown, in the months shown. */
    private void showLowConfidence(boolean hide) {
        map.setLowConfidenceHidden(hide);
        list.setFeatures(layers.summaries(state.window()), hide);
    }

    private void showWindow(MonthWindow window) {
        months.setCounts(overlays.passagesPerMonth(), overlays.passagesPerYear());
        months.setSelection(window);
        map.setOverlays(overlays.forWindow(window));
        list.setFeatures(layers.summaries(window), state.hideLowConfidence());
    }

    private void showFeature(MapState current) {
        Optional<FeatureSummary> feature = Optional.ofNullable(current.feature()).flatMap(this::lookUp);
        map.select(feature.map(f -> new FeatureRef(f.layer().id(), f.id())).orElse(null), flyToNext);
        flyToNext = false;
        list.select(current.feature());
        if (feature.isPresent()) {
            FeatureSummary f = feature.get();
            MonthWindow window = current.window();
            panel.showFeature(f, overlays.facts(f), passagePage(f, window, 0), window,
                    offset -> passagePage(f, window, offset));
        } else if (current.feature() != null) {
            panel.showMessage("Not on the map", "There is no feature \"" + current.feature()
                    + "\" on the map: no passage mentions it (any more), or the link is mistyped.", true);
        } else {
            showHint(current.window());
        }
    }

    private FeaturePassagePage passagePage(FeatureSummary f, MonthWindow window, long offset) {
        return layers.passages(f.layer(), f.id(), window, offset, passagesPerPage).orElse(FeaturePassagePage.EMPTY);
    }

    private void showHint(MonthWindow window) {
        if (list.isEmpty()) {
            panel.showMessage("Nothing in " + MonthFilter.describe(window),
                    "No passage in the corpus is dated to " + MonthFilter.describe(window)
                            + ", and no exercise took place then. Pick a month with a bar above, or \"All time\".");
        } else {
            panel.showMessage(MonthFilter.describe(window), "Click a marker, a border or a country to read the "
                    + "passages that mention it, or pick one from the list. " + Plural.of(list.size(), "feature") + (list.size() == 1 ? " is" : " are")
                    + " on the map.");
        }
    }

    private Optional<FeatureSummary> lookUp(FeatureRef ref) {
        return LayerName.byId(ref.collection()).flatMap(name -> layers.feature(name, ref.featureId(),
                MonthWindow.ALL_TIME).map(f -> FeatureSummary.of(name, f)));
    }

    private void navigateToPlace(FeatureRef feature) {
        flyToNext = true;
        navigate(state.withFeature(feature));
    }

    private void navigate(MapState next) {
        UI.getCurrent().navigate(MapView.class, QueryParameters.fromString(next.toQueryString()));
    }

    private ComboBox<SearchHit> searchBox(SearchService search) {
        ComboBox<SearchHit> box = new ComboBox<>();
        box.setPlaceholder("Search places or text");
        box.setAriaLabel("Search places or words in passages");
        box.addClassName("na-search");
        box.setItemLabelGenerator(SearchHit::label);
        box.setItems(query -> {
            String typed = query.getFilter().orElse("").strip();
            List<SearchHit> hits = search.search(typed, query.getOffset() + query.getLimit());
            if (query.getOffset() == 0) {
                // the search says when it found nothing, instead of a list that does not open
                box.setHelperText(hits.isEmpty() && typed.length() >= SearchService.SHORTEST_QUERY
                        ? "No place or passage matches “" + typed + "”" : null);
            }
            return hits.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        box.addBlurListener(e -> box.setHelperText(null));
        box.addValueChangeListener(e -> {
            SearchHit hit = e.getValue();
            if (hit == null || !e.isFromClient()) {
                return;
            }
            box.clear();
            if (hit.isFeature()) {
                navigateToPlace(new FeatureRef(hit.feature().layer().id(), hit.feature().id()));
            } else {
                reader.open(hit.articleId(), ReaderFocus.at(hit.passageId(), hit.matchStart(), hit.matchEnd()),
                        this::navigateToPlace, this::refresh);
            }
        });
        return box;
    }
}

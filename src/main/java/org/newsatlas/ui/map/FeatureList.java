package org.newsatlas.ui.map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Consumer;
import org.newsatlas.layer.FeatureSummary;

/**
 * The features on the map as a list (a Vaadin Grid): the keyboard- and screen-reader-friendly twin of the map,
 * kept in sync with it. Choosing a row selects the feature just like clicking it on the map. Places show the mean
 * confidence of their mentions (sortable, to review the doubtful ones first), "low" under
 * {@link FeatureSummary#LOW_CONFIDENCE}; when the map hides those, so does the list.
 */
public class FeatureList extends Composite<Grid<FeatureSummary>> {

    private List<FeatureSummary> features = List.of();
    private Consumer<FeatureRef> listener = f -> { };
    private boolean updating;

    public FeatureList() {
        Grid<FeatureSummary> grid = getContent();
        grid.addClassName("na-feature-list");
        grid.setAriaLabel("Features on the map");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // a template, not a component per row: the list is rebuilt at every month switch
        grid.addColumn(LitRenderer.<FeatureSummary>of(
                        "<span class=\"na-layer-badge\" data-layer=${item.layer}>${item.title}</span>")
                .withProperty("layer", f -> f.layer().id()).withProperty("title", f -> f.layer().title()))
                .setHeader("Layer").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FeatureSummary::name).setHeader("Name").setSortable(true).setFlexGrow(1);
        grid.addColumn(FeatureSummary::passageCount).setHeader("Passages").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<FeatureSummary>of(
                        "<span class=\"na-confidence\" ?data-low=${item.low}>${item.text}</span>")
                .withProperty("low", FeatureSummary::isLowConfidence).withProperty("text", FeatureList::confidence))
                .setHeader("Confidence").setComparator(f -> Double.isNaN(f.meanConfidence()) ? 2 : f.meanConfidence())
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null) {
                listener.accept(new FeatureRef(e.getValue().layer().id(), e.getValue().id()));
            }
        });
    }

    /** The features in the chosen months; {@code hideLowConfidence}: without the places of low confidence. */
    public void setFeatures(List<FeatureSummary> current, boolean hideLowConfidence) {
        features = hideLowConfidence ? current.stream().filter(f -> !f.isLowConfidence()).toList()
                : List.copyOf(current);
        getContent().setItems(features);
    }

    /** "0.83", "0.31 low", or "" for a feature that states none (exercises, borders). */
    static String confidence(FeatureSummary f) {
        if (Double.isNaN(f.meanConfidence())) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%.2f", f.meanConfidence()) + (f.isLowConfidence() ? " low" : "");
    }

    /** Marks the selected feature's row without firing the selection listener. */
    public void select(FeatureRef feature) {
        updating = true;
        try {
            getContent().asSingleSelect().setValue(feature == null ? null : features.stream()
                    .filter(f -> f.layer().id().equals(feature.collection()) && f.id().equals(feature.featureId()))
                    .findFirst().orElse(null));
        } finally {
            updating = false;
        }
    }

    public void addFeatureSelectedListener(Consumer<FeatureRef> onSelect) {
        listener = onSelect;
    }

    public boolean isEmpty() {
        return features.isEmpty();
    }

    public int size() {
        return features.size();
    }
}

package org.newsatlas.layer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureIterator;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.newsatlas.geodata.GeoJsonFeatureReader;

/**
 * One layer as a GeoTools feature collection, with each feature's passage links: the {@value
 * MonthFilters#MONTHS_ATTRIBUTE} attribute says when it is on the map, and the counts are recomputed for the
 * window a query asks about.
 */
public final class LayerSnapshot {

    public static final String MENTION_COUNT = "mention_count";
    public static final String PASSAGE_COUNT = "passage_count";

    private final LayerName name;
    private final SimpleFeatureType type;
    private final ListFeatureCollection features;
    private final Map<String, List<PassageLink>> linksById = new LinkedHashMap<>();
    private final Map<String, String> linkKeys = new LinkedHashMap<>();

    public LayerSnapshot(LayerName name, SimpleFeatureType baseType, List<BaseFeature> base,
            Map<String, List<PassageLink>> links) {
        this.name = name;
        this.type = withLinkAttributes(baseType);
        this.features = new ListFeatureCollection(type);
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(type);
        base.stream().sorted(Comparator.comparing(BaseFeature::id)).forEach(f -> {
            List<PassageLink> own = links.getOrDefault(f.linkKey(), List.of());
            linksById.put(f.id(), own);
            linkKeys.put(f.id(), f.linkKey());
            features.add(feature(builder, f, own));
        });
    }

    public LayerName name() {
        return name;
    }

    public SimpleFeatureType type() {
        return type;
    }

    /** The whole layer, all-time counts. */
    public SimpleFeatureCollection features() {
        return features;
    }

    /** The features the filter keeps (in id order), their counts taken within {@code window}. */
    public List<SimpleFeature> query(Filter filter, MonthWindow window) {
        List<SimpleFeature> out = new ArrayList<>();
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(type);
        try (FeatureIterator<SimpleFeature> it = features.subCollection(filter).features()) {
            while (it.hasNext()) {
                out.add(recounted(builder, it.next(), window));
            }
        }
        return out;
    }

    public Optional<SimpleFeature> feature(String id, MonthWindow window) {
        if (!linksById.containsKey(id)) {
            return Optional.empty();
        }
        Filter byMonth = MonthFilters.filter(window);
        return query(byMonth, window).stream().filter(f -> f.getID().equals(id)).findFirst();
    }

    /** The key the stored links use for a feature id ("AF" -> "country:AF"). */
    public String linkKey(String id) {
        return linkKeys.get(id);
    }

    /** The feature whose passages are stored under {@code linkKey} ("country:AF" -> "AF"), if this layer has one. */
    public Optional<String> featureIdOf(String linkKey) {
        return linkKeys.entrySet().stream().filter(e -> e.getValue().equals(linkKey)).map(Map.Entry::getKey)
                .findFirst();
    }

    public boolean contains(String id) {
        return linksById.containsKey(id);
    }

    /** The passages linked to a feature that count within the window. */
    public List<PassageLink> links(String id, MonthWindow window) {
        MonthWindow counted = name.countsAllPassages() ? MonthWindow.ALL_TIME : window;
        return linksById.getOrDefault(id, List.of()).stream().filter(l -> l.isIn(counted)).toList();
    }

    /** Every link of the layer: the source of the month histogram. */
    public List<PassageLink> allLinks() {
        return linksById.values().stream().flatMap(List::stream).toList();
    }

    private SimpleFeature recounted(SimpleFeatureBuilder builder, SimpleFeature f, MonthWindow window) {
        List<PassageLink> counted = links(f.getID(), window);
        builder.init(f);
        builder.set(MENTION_COUNT, counted.stream().mapToInt(PassageLink::mentions).sum());
        builder.set(PASSAGE_COUNT, counted.size());
        return builder.buildFeature(f.getID());
    }

    private static SimpleFeature feature(SimpleFeatureBuilder builder, BaseFeature f, List<PassageLink> links) {
        f.attributes().forEach(builder::set);
        builder.set(GeoJsonFeatureReader.GEOMETRY_ATTRIBUTE, f.geometry());
        List<YearMonth> months = f.ownMonths() != null ? f.ownMonths()
                : links.stream().flatMap(l -> l.months().stream()).toList();
        builder.set(MonthFilters.MONTHS_ATTRIBUTE, MonthFilters.encode(months));
        builder.set(MENTION_COUNT, links.stream().mapToInt(PassageLink::mentions).sum());
        builder.set(PASSAGE_COUNT, links.size());
        return builder.buildFeature(f.id());
    }

    private static SimpleFeatureType withLinkAttributes(SimpleFeatureType base) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.init(base);
        b.add(MonthFilters.MONTHS_ATTRIBUTE, String.class);
        b.add(MENTION_COUNT, Integer.class);
        b.add(PASSAGE_COUNT, Integer.class);
        return b.buildFeatureType();
    }
}

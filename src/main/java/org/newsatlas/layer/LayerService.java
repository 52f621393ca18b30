package org.newsatlas.layer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.newsatlas.geodata.GeoJsonFeatureReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's layers as GeoTools feature collections, filtered by month window and bounding boxes. Snapshots of
 * the layers are rebuilt when the stored links change ({@link LayerMentionRepository#corpusVersion()}).
 */
@Service
public class LayerService {

    private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

    /** Windows whose summaries are kept per corpus version (a few months and ranges are asked for over and over). */
    private static final int KEPT_WINDOWS = 64;

    /**
     * The layers of one corpus version and the summaries already worked out for it: every session showing the
     * same month shares one immutable list instead of holding a copy each.
     */
    private record Snapshots(String version, Map<LayerName, LayerSnapshot> layers,
                             Map<MonthWindow, List<FeatureSummary>> summaries) {
    }

    private final LayerSources sources;
    private final LayerMentionRepository repository;
    private final FeaturePassageRepository passages;
    private volatile Snapshots cache;

    public LayerService(LayerSources sources, LayerMentionRepository repository, FeaturePassageRepository passages) {
        this.sources = sources;
        this.repository = repository;
        this.passages = passages;
    }

    /**
     * A page of the passages linked to a feature that count in the window (an exercise: all its passages if its
     * dates overlap the window, none otherwise), with their totals; empty when the layer has no such feature.
     */
    @Transactional(readOnly = true)
    public Optional<FeaturePassagePage> passages(LayerName name, String featureId, MonthWindow window, long offset,
                                                 int limit) {
        LayerSnapshot layer = layer(name);
        if (!layer.contains(featureId)) {
            return Optional.empty();
        }
        if (name.countsAllPassages() && layer.feature(featureId, window).isEmpty()) {
            return Optional.of(FeaturePassagePage.EMPTY);
        }
        return Optional.of(passages.page(name.source(), layer.linkKey(featureId), layer.links(featureId, window),
                offset, limit));
    }

    @Transactional(readOnly = true)
    public LayerSnapshot layer(LayerName name) {
        return snapshots().layers().get(name);
    }

    /**
     * The layer's features on the map in the window and inside any of the boxes (none: the whole world),
     * in feature id order, with counts within the window.
     */
    @Transactional(readOnly = true)
    public List<SimpleFeature> features(LayerName name, MonthWindow window, List<ReferencedEnvelope> boxes) {
        return layer(name).query(filter(window, boxes), window);
    }

    /** As {@link #features}, keeping only features some passage links to (the map's view of a layer). */
    @Transactional(readOnly = true)
    public List<SimpleFeature> mentionedFeatures(LayerName name, MonthWindow window, List<ReferencedEnvelope> boxes) {
        Filter mentioned = FF.greater(FF.property(LayerSnapshot.PASSAGE_COUNT), FF.literal(0));
        return layer(name).query(FF.and(filter(window, boxes), mentioned), window);
    }

    /**
     * What the map shows in the window, every layer, as summaries (most passages first within a layer); an
     * immutable list, shared by every caller asking for the same window of the same corpus.
     */
    @Transactional(readOnly = true)
    public List<FeatureSummary> summaries(MonthWindow window) {
        Snapshots current = snapshots();
        List<FeatureSummary> kept = current.summaries().get(window);
        if (kept != null) {
            return kept;
        }
        List<FeatureSummary> out = new ArrayList<>();
        for (LayerName name : LayerName.values()) {
            mentionedFeatures(name, window, List.of()).stream().map(f -> FeatureSummary.of(name, f))
                    .sorted(Comparator.comparingInt(FeatureSummary::passageCount).reversed()).forEach(out::add);
        }
        List<FeatureSummary> summaries = List.copyOf(out);
        if (current.summaries().size() >= KEPT_WINDOWS) {
            current.summaries().clear();
        }
        current.summaries().put(window, summaries);
        return summaries;
    }

    /**
     * The feature a stored place is drawn as: a capital or a country when it is one, else a place.
     * {@code gazetteerId} is the place's stored id ("gn:1221874", "country:TJ").
     */
    @Transactional(readOnly = true)
    public Optional<FeatureSummary> featureOfPlace(String gazetteerId) {
        for (LayerName name : List.of(LayerName.CAPITALS, LayerName.COUNTRIES, LayerName.PLACES)) {
            Optional<String> id = layer(name).featureIdOf(gazetteerId);
            if (id.isPresent()) {
                return feature(name, id.get(), MonthWindow.ALL_TIME).map(f -> FeatureSummary.of(name, f));
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<SimpleFeature> feature(LayerName name, String id, MonthWindow window) {
        return layer(name).feature(id, window);
    }

    /** The GeoTools filter a query runs: the month window's (from {@link MonthFilters}) and the boxes'. */
    public Filter filter(MonthWindow window, List<ReferencedEnvelope> boxes) {
        Filter months = MonthFilters.filter(window);
        if (boxes.isEmpty()) {
            return months;
        }
        List<Filter> inBoxes = boxes.stream()
                .map(b -> (Filter) FF.bbox(FF.property(GeoJsonFeatureReader.GEOMETRY_ATTRIBUTE), b)).toList();
        Filter space = inBoxes.size() == 1 ? inBoxes.get(0) : FF.or(inBoxes);
        return months == Filter.INCLUDE ? space : FF.and(months, space);
    }

    /** Passages and mentions per month over the given layers (all layers when empty), oldest month first. */
    @Transactional(readOnly = true)
    public List<MonthCount> months(List<LayerName> names) {
        Map<YearMonth, Set<Long>> passages = new TreeMap<>();
        Map<YearMonth, Integer> mentions = new HashMap<>();
        for (LayerName name : names.isEmpty() ? List.of(LayerName.values()) : names) {
            for (PassageLink link : layer(name).allLinks()) {
                for (YearMonth m : link.months()) {
                    passages.computeIfAbsent(m, k -> new HashSet<>()).add(link.passageId());
                    mentions.merge(m, link.mentions(), Integer::sum);
                }
            }
        }
        List<MonthCount> out = new ArrayList<>();
        passages.forEach((m, ids) -> out.add(new MonthCount(m, ids.size(), mentions.get(m))));
        return out;
    }

    @Transactional(readOnly = true)
    public List<UnplacedExercise> unplacedExercises() {
        return repository.unplacedExercises();
    }

    private Snapshots snapshots() {
        String version = repository.corpusVersion();
        Snapshots current = cache;
        if (current != null && current.version().equals(version)) {
            return current;
        }
        Map<Long, List<YearMonth>> passageMonths = repository.passageMonths();
        List<StoredPlace> places = repository.storedPlaces();
        Map<LayerMentionRepository.Source, Map<String, List<PassageLink>>> links = new EnumMap<>(
                LayerMentionRepository.Source.class);
        Map<LayerName, LayerSnapshot> layers = new EnumMap<>(LayerName.class);
        for (LayerName name : LayerName.values()) {
            var own = links.computeIfAbsent(name.source(), s -> repository.links(s, passageMonths));
            layers.put(name, new LayerSnapshot(name, sources.type(name), sources.features(name, places), own));
        }
        Snapshots built = new Snapshots(version, layers, new ConcurrentHashMap<>());
        cache = built;
        return built;
    }
}

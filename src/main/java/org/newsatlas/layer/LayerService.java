package org.newsatlas.layer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.newsatlas.article.LinkTallies;
import org.newsatlas.geodata.GeoJsonFeatureReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's layers as GeoTools feature collections, filtered by bounding boxes with GeoTools and by month window
 * in the database: the counts of a window come from SQL over the link tables ({@link LayerMentionRepository}), so
 * storing an article rebuilds nothing. What was counted for a corpus version ({@link
 * LayerMentionRepository#corpusVersion()}) is kept until the version changes (a costly answer a little longer, see
 * {@link #COSTLY_NANOS}, {@link #LARGE_CORPUS}): every session showing the same month shares one immutable answer.
 */
@Service
public class LayerService {

    private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

    /** Answers kept (a few months and ranges are asked for over and over). */
    private static final int KEPT_ANSWERS = 256;

    /**
     * An answer that took at least this long to count is reused while the corpus changes under it (a bulk import),
     * for up to {@value #STALE_FACTOR} times what it cost: a live server keeps answering instead of counting the
     * whole corpus again for every stored article. Cheaper answers are always current.
     */
    private static final long COSTLY_NANOS = 200_000_000L;
    private static final int STALE_FACTOR = 10;
    /** Only a corpus this large (mentions) may be answered a little late: a small one is always counted afresh. */
    private static final long LARGE_CORPUS = 50_000;

    /** An answer, the corpus version it was counted for, when and at what cost. */
    private record Kept(Object value, LayerMentionRepository.CorpusVersion version, long countedAt, long cost) {

        boolean servesFor(LayerMentionRepository.CorpusVersion current, long now) {
            return version.equals(current) || current.mentions() >= LARGE_CORPUS && cost >= COSTLY_NANOS
                    && now - countedAt < STALE_FACTOR * cost;
        }
    }

    private record CountsOf(LayerMentionRepository.Source source, MonthWindow window) {
    }

    private record SummariesOf(MonthWindow window) {
    }

    private record MonthsOf(List<LayerName> layers) {
    }

    private record YearsOf(List<LayerName> layers) {
    }

    private record Places(String version, LayerFeatures layer) {
    }

    private final LayerSources sources;
    private final LayerMentionRepository repository;
    private final FeaturePassageRepository passages;
    private final Map<LayerName, LayerFeatures> fixed = new EnumMap<>(LayerName.class);
    private final Map<Object, Kept> answers = new ConcurrentHashMap<>();
    private volatile Places places = new Places("", null);

    public LayerService(LayerSources sources, LayerMentionRepository repository, FeaturePassageRepository passages) {
        this.sources = sources;
        this.repository = repository;
        this.passages = passages;
        for (LayerName name : LayerName.values()) {
            if (name != LayerName.PLACES) {
                fixed.put(name, new LayerFeatures(name, sources.type(name), sources.features(name, List.of())));
            }
        }
    }

    /**
     * A page of the passages linked to a feature that count in the window (an exercise: all its passages if its
     * dates overlap the window, none otherwise), with their totals; empty when the layer has no such feature.
     */
    @Transactional(readOnly = true)
    public Optional<FeaturePassagePage> passages(LayerName name, String featureId, MonthWindow window, long offset,
                                                 int limit) {
        LayerFeatures layer = layer(name);
        if (!layer.contains(featureId)) {
            return Optional.empty();
        }
        if (name.countsAllPassages() && feature(name, featureId, window).isEmpty()) {
            return Optional.of(FeaturePassagePage.EMPTY);
        }
        return Optional.of(passages.page(name.source(), layer.linkKey(featureId), counted(name, window), offset,
                limit));
    }

    /** The layer's features with their attributes, before counting; the places layer: every stored place. */
    @Transactional(readOnly = true)
    public LayerFeatures layer(LayerName name) {
        if (name != LayerName.PLACES) {
            return fixed.get(name);
        }
        String version = repository.placesVersion();
        Places current = places;
        if (!current.version().equals(version)) {
            current = new Places(version, new LayerFeatures(name, sources.type(name),
                    sources.features(name, repository.storedPlaces())));
            places = current;
        }
        return current.layer();
    }

    /**
     * The layer's features on the map in the window and inside any of the boxes (none: the whole world),
     * in feature id order, with counts within the window.
     */
    @Transactional(readOnly = true)
    public List<SimpleFeature> features(LayerName name, MonthWindow window, List<ReferencedEnvelope> boxes) {
        return layer(name).query(filter(boxes), window, counts(name, window));
    }

    /** As {@link #features}, keeping only features some passage links to (the map's view of a layer). */
    @Transactional(readOnly = true)
    public List<SimpleFeature> mentionedFeatures(LayerName name, MonthWindow window, List<ReferencedEnvelope> boxes) {
        Filter mentioned = FF.greater(FF.property(LayerFeatures.PASSAGE_COUNT), FF.literal(0));
        return features(name, window, boxes).stream().filter(mentioned::evaluate).toList();
    }

    /**
     * What the map shows in the window, every layer, as summaries (most passages first within a layer); an
     * immutable list, shared by every caller asking for the same window of the same corpus.
     */
    @SuppressWarnings("unchecked")
    @Transactional(readOnly = true)
    public List<FeatureSummary> summaries(MonthWindow window) {
        return (List<FeatureSummary>) answer(new SummariesOf(window), () -> {
            List<FeatureSummary> out = new ArrayList<>();
            for (LayerName name : LayerName.values()) {
                mentionedFeatures(name, window, List.of()).stream().map(f -> FeatureSummary.of(name, f))
                        .sorted(Comparator.comparingInt(FeatureSummary::passageCount).reversed()).forEach(out::add);
            }
            return List.copyOf(out);
        });
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
        LayerFeatures layer = layer(name);
        if (!layer.contains(id)) {
            return Optional.empty();
        }
        return layer.query(FF.id(FF.featureId(id)), window, counts(name, window)).stream().findFirst();
    }

    /** Passages and mentions per month over the given layers (all layers when empty), oldest month first. */
    @SuppressWarnings("unchecked")
    @Transactional(readOnly = true)
    public List<MonthCount> months(List<LayerName> names) {
        List<LayerName> layers = names.isEmpty() ? List.of(LayerName.values())
                : List.of(LayerName.values()).stream().filter(names::contains).toList();
        return (List<MonthCount>) answer(new MonthsOf(layers), () -> List.copyOf(repository.months(scopes(layers))));
    }

    /** Passages and mentions per year over the given layers (all layers when empty), oldest year first. */
    @SuppressWarnings("unchecked")
    @Transactional(readOnly = true)
    public List<YearCount> years(List<LayerName> names) {
        List<LayerName> layers = names.isEmpty() ? List.of(LayerName.values())
                : List.of(LayerName.values()).stream().filter(names::contains).toList();
        return (List<YearCount>) answer(new YearsOf(layers), () -> List.copyOf(repository.years(scopes(layers))));
    }

    @Transactional(readOnly = true)
    public List<UnplacedExercise> unplacedExercises() {
        return repository.unplacedExercises();
    }

    /** The classes of links the histogram counts for the layers. */
    private static Set<LinkTallies.LinkClass> scopes(List<LayerName> layers) {
        Set<LinkTallies.LinkClass> classes = EnumSet.noneOf(LinkTallies.LinkClass.class);
        layers.forEach(l -> classes.add(l.linkClass()));
        return classes;
    }

    /** The window the layer counts passages in: all time for exercises ({@link LayerName#countsAllPassages}). */
    private static MonthWindow counted(LayerName name, MonthWindow window) {
        return name.countsAllPassages() ? MonthWindow.ALL_TIME : window;
    }

    @SuppressWarnings("unchecked")
    private Function<String, LinkCount> counts(LayerName name, MonthWindow window) {
        CountsOf question = new CountsOf(name.source(), counted(name, window));
        Map<String, LinkCount> counts = (Map<String, LinkCount>) answer(question,
                () -> Map.copyOf(repository.counts(question.source(), question.window())));
        return key -> counts.getOrDefault(key, LinkCount.NONE);
    }

    /** The answer kept for the current corpus version (or a costly one still fresh), else the one counted now. */
    private Object answer(Object question, java.util.function.Supplier<Object> work) {
        LayerMentionRepository.CorpusVersion version = repository.corpusVersion();
        Kept kept = answers.get(question);
        if (kept != null && kept.servesFor(version, System.nanoTime())) {
            return kept.value();
        }
        long start = System.nanoTime();
        Object worked = work.get();
        long end = System.nanoTime();
        if (answers.size() >= KEPT_ANSWERS) {
            answers.clear();
        }
        answers.put(question, new Kept(worked, version, end, end - start));
        return worked;
    }

    /** The GeoTools filter of the boxes (none: everything). */
    private static Filter filter(List<ReferencedEnvelope> boxes) {
        if (boxes.isEmpty()) {
            return Filter.INCLUDE;
        }
        List<Filter> inBoxes = boxes.stream()
                .map(b -> (Filter) FF.bbox(FF.property(GeoJsonFeatureReader.GEOMETRY_ATTRIBUTE), b)).toList();
        return inBoxes.size() == 1 ? inBoxes.get(0) : FF.or(inBoxes);
    }
}

package org.newsatlas.layer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.FeatureIterator;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.newsatlas.geodata.GeoJsonFeatureReader;

/**
 * One layer as a GeoTools feature collection of its features with their declared attributes, without counts: a
 * query filters them (bounding boxes, attributes) and gives each the {@value #PASSAGE_COUNT},
 * {@value #MENTION_COUNT} and (for layers of places) {@value #MEAN_CONFIDENCE} the database counted for the window
 * ({@link LayerMentionRepository#counts}). A feature is
 * in a window when it has its own months (an exercise's dates) that overlap it, or else a passage in it.
 */
public final class LayerFeatures {

    public static final String MENTION_COUNT = "mention_count";
    public static final String PASSAGE_COUNT = "passage_count";
    /** The mean confidence of a place's mentions in the window (places, countries, capitals; null otherwise). */
    public static final String MEAN_CONFIDENCE = "mean_confidence";

    private final LayerName name;
    private final SimpleFeatureType type;
    private final ListFeatureCollection features;
    private final Map<String, String> linkKeys = new LinkedHashMap<>();
    private final Map<String, String> idsByLinkKey = new HashMap<>();
    private final Map<String, List<YearMonth>> ownMonths = new HashMap<>();

    public LayerFeatures(LayerName name, SimpleFeatureType baseType, List<BaseFeature> base) {
        this.name = name;
        this.type = withCounts(baseType);
        this.features = new ListFeatureCollection(type);
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(type);
        base.stream().sorted(Comparator.comparing(BaseFeature::id)).forEach(f -> {
            linkKeys.put(f.id(), f.linkKey());
            idsByLinkKey.putIfAbsent(f.linkKey(), f.id());
            if (f.ownMonths() != null) {
                ownMonths.put(f.id(), List.copyOf(f.ownMonths()));
            }
            f.attributes().forEach(builder::set);
            builder.set(GeoJsonFeatureReader.GEOMETRY_ATTRIBUTE, f.geometry());
            features.add(builder.buildFeature(f.id()));
        });
    }

    public LayerName name() {
        return name;
    }

    public SimpleFeatureType type() {
        return type;
    }

    /** The extent of every feature of the layer. */
    public ReferencedEnvelope bounds() {
        return features.getBounds();
    }

    /**
     * The features the filter keeps (in id order) that are in the window, each with its counts: {@code counts}
     * gives them by link key, for the window the layer counts in ({@link LayerName#countsAllPassages}).
     */
    public List<SimpleFeature> query(Filter filter, MonthWindow window, Function<String, LinkCount> counts) {
        List<SimpleFeature> out = new ArrayList<>();
        SimpleFeatureBuilder builder = new SimpleFeatureBuilder(type);
        SimpleFeatureCollection matched = filter == Filter.INCLUDE ? features : features.subCollection(filter);
        try (FeatureIterator<SimpleFeature> it = matched.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                LinkCount count = counts.apply(linkKeys.get(f.getID()));
                if (isIn(f.getID(), window, count)) {
                    builder.init(f);
                    builder.set(MENTION_COUNT, count.mentions());
                    builder.set(PASSAGE_COUNT, count.passages());
                    builder.set(MEAN_CONFIDENCE, name.linksPlaceMentions() && count.mentions() > 0
                            ? Math.round(count.meanConfidence() * 1000) / 1000.0 : null);
                    out.add(builder.buildFeature(f.getID()));
                }
            }
        }
        return out;
    }

    /** The key the stored links use for a feature id ("AF" -> "country:AF"). */
    public String linkKey(String id) {
        return linkKeys.get(id);
    }

    /** The feature whose passages are stored under {@code linkKey} ("country:AF" -> "AF"), if this layer has one. */
    public Optional<String> featureIdOf(String linkKey) {
        return Optional.ofNullable(idsByLinkKey.get(linkKey));
    }

    public boolean contains(String id) {
        return linkKeys.containsKey(id);
    }

    /** Every link key of the layer. */
    public java.util.Collection<String> linkKeys() {
        return linkKeys.values();
    }

    /** The feature's own months (an exercise's) overlap the window; any other feature: a passage counts in it. */
    private boolean isIn(String id, MonthWindow window, LinkCount count) {
        List<YearMonth> own = ownMonths.get(id);
        if (own != null) {
            return window.containsAny(own);
        }
        return window.isAllTime() && name != LayerName.PLACES || count.passages() > 0;
    }

    private static SimpleFeatureType withCounts(SimpleFeatureType base) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.init(base);
        b.add(MENTION_COUNT, Integer.class);
        b.add(PASSAGE_COUNT, Integer.class);
        b.add(MEAN_CONFIDENCE, Double.class);
        return b.buildFeatureType();
    }
}

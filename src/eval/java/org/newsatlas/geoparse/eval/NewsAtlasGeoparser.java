package org.newsatlas.geoparse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsatlas.analysis.GeoparserFactory;
import org.newsatlas.geoparse.ConfidenceModel;
import org.newsatlas.geoparse.Geoparser;
import org.newsatlas.geoparse.ResolvedMention;
import org.newsatlas.geodata.Geodata;

/**
 * This project's geoparser (recognition + resolution) as the evaluation runs it: on the corpus text as given.
 * Associative mentions (demonyms and adjectives such as "Chinese") count as toponyms only where the corpus's
 * {@link AnnotationConvention} says its annotators marked them; every other mention counts.
 */
final class NewsAtlasGeoparser implements EvaluatedGeoparser {

    private final Geoparser geoparser;
    private final AnnotationConvention convention;

    NewsAtlasGeoparser(Path geodataDirectory) throws IOException {
        this(load(geodataDirectory), AnnotationConvention.NAMES_ONLY);
    }

    private NewsAtlasGeoparser(Geoparser geoparser, AnnotationConvention convention) {
        this.geoparser = geoparser;
        this.convention = convention;
    }

    /** The parser stating the score margin's confidence, before the confidence model (what it is fitted on). */
    static NewsAtlasGeoparser withMarginConfidence(Path geodataDirectory) throws IOException {
        return new NewsAtlasGeoparser(GeoparserFactory.geoparser(
                new Geodata(geodataDirectory.toAbsolutePath().toString()), ConfidenceModel.RAW),
                AnnotationConvention.NAMES_ONLY);
    }

    private static Geoparser load(Path geodataDirectory) throws IOException {
        return GeoparserFactory.geoparser(new Geodata(geodataDirectory.toAbsolutePath().toString()));
    }

    @Override
    public String name() {
        return "News Atlas";
    }

    @Override
    public EvaluatedGeoparser forCorpus(String corpusName) {
        return new NewsAtlasGeoparser(geoparser, AnnotationConvention.of(corpusName));
    }

    @Override
    public List<PredictedToponym> parse(String text) {
        return resolve(text).stream()
                .map(r -> new PredictedToponym(r.mention().start(), r.mention().end(), r.place().lat(),
                        r.place().lon(), r.confidence()))
                .toList();
    }

    /** The resolved mentions that count as toponyms under this adapter's convention. */
    List<ResolvedMention> resolve(String text) {
        return geoparser.parse(text).stream()
                .filter(r -> convention.associativeMentionsAreToponyms() || !r.mention().associative())
                .toList();
    }
}

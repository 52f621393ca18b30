package org.newsatlas.analysis;

import java.io.IOException;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GeodataGazetteerLoader;
import org.newsatlas.geodata.Geodata;
import org.newsatlas.geoparse.ConfidenceModel;
import org.newsatlas.geoparse.DictionaryMentionExtractor;
import org.newsatlas.geoparse.EnglishWords;
import org.newsatlas.geoparse.Geoparser;
import org.newsatlas.geoparse.MentionResolver;
import org.newsatlas.geoparse.TimeTagger;
import org.newsatlas.text.ArticleCleaner;

/**
 * The one place the geoparser is put together (as CLAVIN's {@code GeoParserFactory}): dictionary extractor over a
 * gazetteer, the standard resolver passes, and for whole articles the cleaner and the {@link TimeTagger}. Spring's
 * {@link GeoparseConfiguration}, the CLI, the tests and the benchmarks all build it here.
 */
public final class GeoparserFactory {

    private GeoparserFactory() {
    }

    /** Extractor over {@code gazetteer} (words in {@code englishWords} need support) and the standard passes. */
    public static Geoparser geoparser(Gazetteer gazetteer, EnglishWords englishWords) {
        return new Geoparser(new DictionaryMentionExtractor(gazetteer, englishWords), MentionResolver.standard());
    }

    /** The geoparser over the full gazetteer and word list of {@code geodata}, loaded without H2. */
    public static Geoparser geoparser(Geodata geodata) throws IOException {
        return geoparser(new GeodataGazetteerLoader(geodata).load(), EnglishWords.load(geodata));
    }

    /** As {@link #geoparser(Geodata)}, stating confidence by {@code confidenceModel} (the evaluation fits it). */
    public static Geoparser geoparser(Geodata geodata, ConfidenceModel confidenceModel) throws IOException {
        Gazetteer gazetteer = new GeodataGazetteerLoader(geodata).load();
        return new Geoparser(new DictionaryMentionExtractor(gazetteer, EnglishWords.load(geodata)),
                MentionResolver.standard(confidenceModel));
    }

    /** The whole text-to-places pipeline: {@code cleaner}, then {@code geoparser}, then the time tagger. */
    public static ArticleAnalyzer analyzer(ArticleCleaner cleaner, Geoparser geoparser) {
        return new ArticleAnalyzer(cleaner, geoparser, new TimeTagger());
    }

    /** Cleaner, gazetteer, geoparser and time tagger, loaded from {@code geodata} without Spring or H2. */
    public static ArticleAnalyzer analyzer(Geodata geodata) throws IOException {
        Gazetteer gazetteer = new GeodataGazetteerLoader(geodata).load();
        EnglishWords englishWords = EnglishWords.load(geodata);
        ArticleCleaner cleaner = new ArticleCleaner(KnownWords.of(englishWords, geodata));
        return analyzer(cleaner, geoparser(gazetteer, englishWords));
    }
}

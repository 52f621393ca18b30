package org.newsatlas.geoparse;

import java.io.IOException;
import org.newsatlas.article.ingest.ArticleCleaner;
import org.newsatlas.article.ingest.IngestConfiguration;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GeodataGazetteerLoader;
import org.newsatlas.geodata.Geodata;

/** Builds the geoparsing pipeline from geodata, for the Spring app and for commands that run without it. */
public final class GeoparsePipeline {

    private GeoparsePipeline() {
    }

    public static Geoparser geoparser(Gazetteer gazetteer, EnglishWords englishWords) {
        return new Geoparser(new DictionaryMentionExtractor(gazetteer, englishWords), MentionResolver.standard());
    }

    /** Cleaner, gazetteer, geoparser and time tagger, loaded from {@code geodata}. */
    public static ArticleAnalyzer analyzer(Geodata geodata) throws IOException {
        Gazetteer gazetteer = new GeodataGazetteerLoader(geodata).load();
        EnglishWords englishWords = EnglishWords.load(geodata);
        ArticleCleaner cleaner = new ArticleCleaner(IngestConfiguration.knownWords(englishWords, geodata));
        return new ArticleAnalyzer(cleaner, geoparser(gazetteer, englishWords), new TimeTagger());
    }
}

package org.newsatlas.analysis;

import java.io.IOException;
import org.newsatlas.geoparse.DictionaryMentionExtractor;
import org.newsatlas.geoparse.EnglishWords;
import org.newsatlas.geoparse.Geoparser;
import org.newsatlas.geoparse.MentionResolver;
import org.newsatlas.geoparse.TimeTagger;
import org.newsatlas.text.ArticleCleaner;
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
        ArticleCleaner cleaner = new ArticleCleaner(KnownWords.of(englishWords, geodata));
        return new ArticleAnalyzer(cleaner, geoparser(gazetteer, englishWords), new TimeTagger());
    }
}

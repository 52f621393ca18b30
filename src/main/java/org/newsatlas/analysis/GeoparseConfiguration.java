package org.newsatlas.analysis;

import java.io.IOException;
import org.newsatlas.geoparse.EnglishWords;
import org.newsatlas.geoparse.Geoparser;
import org.newsatlas.text.ArticleCleaner;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerStore;
import org.newsatlas.geodata.Geodata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The geoparsing pipeline as beans, built by {@link GeoparserFactory} (which builds the same pipeline without Spring
 * and without H2). The gazetteer comes from {@link GazetteerStore}, which also keeps its copy in H2 current.
 */
@Configuration
public class GeoparseConfiguration {

    @Bean
    public Gazetteer gazetteer(Geodata geodata, GazetteerStore store) throws IOException {
        return store.load(geodata);
    }

    @Bean
    public Geoparser geoparser(Gazetteer gazetteer, EnglishWords englishWords) {
        return GeoparserFactory.geoparser(gazetteer, englishWords);
    }

    @Bean
    public ArticleAnalyzer articleAnalyzer(ArticleCleaner cleaner, Geoparser geoparser) {
        return GeoparserFactory.analyzer(cleaner, geoparser);
    }
}

package org.newsatlas.geoparse;

import java.io.IOException;
import org.newsatlas.article.ingest.ArticleCleaner;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GeodataGazetteerLoader;
import org.newsatlas.layer.Geodata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The geoparsing pipeline as beans; {@link GeoparsePipeline} builds the same pipeline without Spring. */
@Configuration
public class GeoparseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(GeoparseConfiguration.class);

    @Bean
    public Gazetteer gazetteer(Geodata geodata) throws IOException {
        long started = System.nanoTime();
        Gazetteer gazetteer = new GeodataGazetteerLoader(geodata).load();
        LOG.info("Gazetteer loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return gazetteer;
    }

    @Bean
    public Geoparser geoparser(Gazetteer gazetteer, EnglishWords englishWords) {
        return GeoparsePipeline.geoparser(gazetteer, englishWords);
    }

    @Bean
    public ArticleAnalyzer articleAnalyzer(ArticleCleaner cleaner, Geoparser geoparser) {
        return new ArticleAnalyzer(cleaner, geoparser, new TimeTagger());
    }
}

package org.newsatlas.article.ingest;

import java.io.IOException;
import org.newsatlas.analysis.KnownWords;
import org.newsatlas.geodata.Geodata;
import org.newsatlas.geoparse.EnglishWords;
import org.newsatlas.text.ArticleCleaner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cleaner and the words its hyphen repair knows: English words plus country names and demonyms. */
@Configuration
public class IngestConfiguration {

    @Bean
    public EnglishWords englishWords(Geodata geodata) throws IOException {
        return EnglishWords.load(geodata);
    }

    @Bean
    public ArticleCleaner articleCleaner(EnglishWords englishWords, Geodata geodata) throws IOException {
        return new ArticleCleaner(KnownWords.of(englishWords, geodata));
    }
}

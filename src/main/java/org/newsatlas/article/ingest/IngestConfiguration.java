package org.newsatlas.article.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsatlas.layer.CountryNameRow;
import org.newsatlas.layer.Geodata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cleaner and the lexicon its hyphen repair consults: English words plus country names and demonyms. */
@Configuration
public class IngestConfiguration {

    @Bean
    public Lexicon knownWords(Geodata geodata) throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<String> english = geodata.englishWords()) {
            english.forEach(words::add);
        }
        for (CountryNameRow country : geodata.countryNames()) {
            words.add(country.name());
            words.addAll(country.alternateNames());
            if (country.demonym() != null) {
                words.add(country.demonym());
            }
        }
        return Lexicon.of(words);
    }

    @Bean
    public ArticleCleaner articleCleaner(Lexicon knownWords) {
        return new ArticleCleaner(knownWords);
    }
}

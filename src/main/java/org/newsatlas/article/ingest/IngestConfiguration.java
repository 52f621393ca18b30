package org.newsatlas.article.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.geoparse.EnglishWords;
import org.newsatlas.geodata.CountryNameRow;
import org.newsatlas.geodata.Geodata;
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
        return new ArticleCleaner(knownWords(englishWords, geodata));
    }

    /** English words, country names, alternate names and demonyms. */
    public static Lexicon knownWords(EnglishWords englishWords, Geodata geodata) throws IOException {
        List<String> names = new ArrayList<>();
        for (CountryNameRow country : geodata.countryNames()) {
            names.add(country.name());
            names.addAll(country.alternateNames());
            if (country.demonym() != null) {
                names.add(country.demonym());
            }
        }
        Lexicon english = englishWords::contains;
        return english.or(Lexicon.of(names));
    }
}

package org.newsatlas.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.geodata.CountryNameRow;
import org.newsatlas.geodata.Geodata;
import org.newsatlas.geoparse.EnglishWords;
import org.newsatlas.text.Lexicon;

/** The words the cleaner's hyphen repair knows, for the Spring beans and for {@link GeoparserFactory}. */
public final class KnownWords {

    private KnownWords() {
    }

    /** English words, country names, alternate names and demonyms. */
    public static Lexicon of(EnglishWords englishWords, Geodata geodata) throws IOException {
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

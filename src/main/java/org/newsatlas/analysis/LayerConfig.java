package org.newsatlas.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.newsatlas.geodata.CountryShapes;
import org.newsatlas.geodata.ExerciseCatalog;
import org.newsatlas.geodata.Geodata;
import org.newsatlas.geodata.Neighbours;
import org.newsatlas.geodata.RegionMembers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The geodata the layers and detectors are built from; {@code newsatlas.geodata.location} overrides the folder. */
@Configuration
public class LayerConfig {

    @Bean
    public Geodata geodata(@Value("${newsatlas.geodata.location:" + Geodata.DEFAULT_LOCATION + "}") String location,
            ObjectMapper json) {
        return new Geodata(location, json);
    }

    @Bean
    public CountryShapes countryShapes(Geodata geodata) throws IOException {
        return CountryShapes.load(geodata);
    }

    @Bean
    public ExerciseCatalog exerciseCatalog(Geodata geodata, CountryShapes countries) throws IOException {
        return ExerciseCatalog.load(geodata, countries);
    }

    @Bean
    public ExerciseMentionDetector exerciseMentionDetector(ExerciseCatalog catalog) {
        return new ExerciseMentionDetector(catalog.exercises());
    }

    @Bean
    public BorderReferenceDetector borderReferenceDetector(Geodata geodata) throws IOException {
        return new BorderReferenceDetector(Neighbours.load(geodata), RegionMembers.load(geodata));
    }
}

package org.newsatlas.layer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the app reads its geodata: the copy inside the jar unless {@code newsatlas.geodata.location} says otherwise. */
@Configuration
public class GeodataConfiguration {

    @Bean
    public Geodata geodata(@Value("${newsatlas.geodata.location:" + Geodata.DEFAULT_LOCATION + "}") String location) {
        return new Geodata(location);
    }
}

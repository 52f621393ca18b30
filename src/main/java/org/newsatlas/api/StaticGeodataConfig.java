package org.newsatlas.api;

import java.time.Duration;
import org.newsatlas.basemap.BaseMap;
import org.newsatlas.geodata.Geodata;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the base-map GeoJSON as static, cacheable files instead of inlining it in every page. */
@Configuration
public class StaticGeodataConfig implements WebMvcConfigurer {

    private final Geodata geodata;

    public StaticGeodataConfig(Geodata geodata) {
        this.geodata = geodata;
    }

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(BaseMap.URL_PREFIX + "**")
                .addResourceLocations(geodata.resourceLocation(BaseMap.FOLDER))
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.mediaType("geojson", GEO_JSON);
    }
}

package org.newsatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** What guards the HTTP API's paths before and after its controllers: bad query strings, unknown paths. */
@Configuration
public class ApiRequestChecks {

    static final String[] API_PATHS = {"/api/*", "/ogc/*", "/ogc"};

    @Bean
    public FilterRegistrationBean<MalformedQueryFilter> malformedQueryFilter(ObjectMapper json) {
        FilterRegistrationBean<MalformedQueryFilter> registration =
                new FilterRegistrationBean<>(new MalformedQueryFilter(json));
        registration.addUrlPatterns(API_PATHS);
        return registration;
    }

    /** After the controllers' mapping (order 0), before Vaadin's and the static files' catch-all mappings. */
    @Bean
    public SimpleUrlHandlerMapping unknownApiPathMapping(ObjectMapper json) {
        UnknownApiPaths notFound = new UnknownApiPaths(json);
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/ogc/**", notFound),
                Ordered.LOWEST_PRECEDENCE - 10);
    }
}

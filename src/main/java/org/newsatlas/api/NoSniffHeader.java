package org.newsatlas.api;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP API answers data (JSON, GeoJSON, CSV) that holds text from the open web: {@code X-Content-Type-Options:
 * nosniff} tells browsers to take the content type as sent, never to sniff an answer into a page.
 */
@Configuration
class NoSniffHeader {

    @Bean
    FilterRegistrationBean<Filter> noSniffFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            ((HttpServletResponse) response).setHeader("X-Content-Type-Options", "nosniff");
            chain.doFilter(request, response);
        });
        registration.addUrlPatterns("/api/*", "/ogc/*");
        return registration;
    }
}

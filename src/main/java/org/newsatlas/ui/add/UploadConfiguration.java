package org.newsatlas.ui.add;

import jakarta.servlet.MultipartConfigElement;
import org.newsatlas.article.ingest.ImportProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet multipart limits of the upload path, derived from {@code newsatlas.import.max-bytes} (so there is one
 * number to set, not two to keep in step). Spring Boot's own {@code spring.servlet.multipart.*} bean backs off when
 * this one exists; both the dispatcher servlet (which parses the upload first, then forwards to Vaadin's servlet)
 * and Vaadin's servlet get it. Tomcat writes each part to a temporary file as it streams in and stops reading once
 * a file passes the limit (the request then fails with 413 and the page gives the file its "too large" line).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class UploadConfiguration {

    /** Room around one file in the browser's multipart request: boundaries, part headers, the file name. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    @Bean
    public MultipartConfigElement multipartConfigElement(ImportProperties properties) {
        long maxBytes = properties.maxBytes().toBytes();
        return new MultipartConfigElement("", maxBytes, maxBytes + ENVELOPE_BYTES, 0);
    }
}

package org.newsatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string Tomcat cannot decode ({@code bbox=%zz}: bad percent-encoding) is a 400 naming the problem.
 * Tomcat itself would drop the parameter and go on, so {@code bbox=%zz} would silently mean "no bbox".
 */
public class MalformedQueryFilter extends OncePerRequestFilter {

    /** Set by Tomcat when it could not parse some parameter ({@code org.apache.catalina.Globals}). */
    static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";
    static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    private final ObjectMapper json;

    public MalformedQueryFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getParameterMap(); // makes Tomcat parse the query (a form body too; the API takes none)
        if (request.getAttribute(PARSE_FAILED) == null) {
            chain.doFilter(request, response);
            return;
        }
        new ApiError(ApiError.INVALID_REQUEST, "The query string cannot be read: " + why(request))
                .write(response, HttpStatus.BAD_REQUEST.value(), json);
    }

    private static String why(HttpServletRequest request) {
        Object reason = request.getAttribute(PARSE_FAILED_REASON);
        String name = reason == null ? "" : reason.toString();
        return switch (name) {
            case "URL_DECODING" -> "malformed percent-encoding; a '%' starts a byte written as two hex digits "
                    + "(%2C), and '%' itself is written %25";
            case "TOO_MANY_PARAMETERS" -> "too many parameters";
            default -> "malformed parameters (" + name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
        };
    }
}

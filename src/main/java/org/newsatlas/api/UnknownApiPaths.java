package org.newsatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;

/**
 * A path under {@code /api/} or {@code /ogc/} that no endpoint serves is a JSON 404, not the UI's "page not found":
 * without this handler the request would fall through to Vaadin, which answers every path. It is mapped after the
 * controllers' own mapping, so it only sees paths that match no endpoint for any method (those are 405s).
 */
final class UnknownApiPaths implements HttpRequestHandler {

    private final ObjectMapper json;

    UnknownApiPaths(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        error(request).write(response, HttpStatus.NOT_FOUND.value(), json);
    }

    static ApiError error(HttpServletRequest request) {
        return new ApiError(ApiError.NOT_FOUND, "No such endpoint: " + request.getRequestURI()
                + "; the OGC API is described at /ogc/api, the map's own endpoints in the README");
    }
}

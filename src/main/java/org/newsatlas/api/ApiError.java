package org.newsatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * The one shape of every error the HTTP API answers, GeoServer-like: {@code {"code": "InvalidParameterValue",
 * "description": "Parameter 'limit': ..."}}. Never a stack trace: the description is written for the caller.
 */
public record ApiError(String code, String description) {

    public static final String INVALID_PARAMETER = "InvalidParameterValue";
    public static final String MISSING_PARAMETER = "MissingParameterValue";
    public static final String INVALID_REQUEST = "InvalidRequest";
    public static final String NOT_AUTHORIZED = "NotAuthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String INTERNAL = "NoApplicableCode";

    /** The code for a status when nothing more specific is known. */
    public static String codeFor(int status) {
        return switch (status) {
            case 401 -> NOT_AUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }

    /** Writes this error as the whole response, where no Spring message converter is at hand (filters). */
    public void write(HttpServletResponse response, int status, ObjectMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(json));
    }

    /** @param json the application's mapper (Spring's bean) */
    public String json(ObjectMapper json) {
        try {
            return json.writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("two strings always make JSON", e);
        }
    }
}

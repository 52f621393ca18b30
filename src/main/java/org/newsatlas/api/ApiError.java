package org.newsatlas.api;

import org.springframework.http.HttpStatus;

/**
 * A small, typed HTTP error: 404 for unknown things, 400 for bad parameters (naming the parameter), 413 for a body
 * over the size limit.
 */
public class ApiError extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private ApiError(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiError notFound(String message) {
        return new ApiError(HttpStatus.NOT_FOUND, "NotFound", message);
    }

    public static ApiError badParameter(String parameter, String why) {
        return new ApiError(HttpStatus.BAD_REQUEST, "InvalidParameterValue", "Parameter '" + parameter + "': " + why);
    }

    /** 413: a request body over the size limit; the message says the limit and the setting. */
    public static ApiError tooLarge(String message) {
        return new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, "PayloadTooLarge", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}

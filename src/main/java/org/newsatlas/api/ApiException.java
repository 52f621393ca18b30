package org.newsatlas.api;

import org.springframework.http.HttpStatus;

/** A typed HTTP error the controllers throw: 404 for unknown things, 400 for bad parameters (naming them). */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final ApiError error;

    public ApiException(HttpStatus status, ApiError error) {
        super(error.description());
        this.status = status;
        this.error = error;
    }

    public static ApiException notFound(String description) {
        return new ApiException(HttpStatus.NOT_FOUND, new ApiError(ApiError.NOT_FOUND, description));
    }

    /** "Parameter 'limit': must be at least 1, got 0": which parameter, and what it allows. */
    public static ApiException badParameter(String parameter, String why) {
        return new ApiException(HttpStatus.BAD_REQUEST,
                new ApiError(ApiError.INVALID_PARAMETER, "Parameter '" + parameter + "': " + why));
    }

    /** 413: a request body over the size limit; the description says the limit and the setting. */
    public static ApiException tooLarge(String description) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, new ApiError(ApiError.PAYLOAD_TOO_LARGE, description));
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}

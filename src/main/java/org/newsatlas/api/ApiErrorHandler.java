package org.newsatlas.api;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the HTTP API as {"code": ..., "description": ...}, never a stack trace. */
@RestControllerAdvice(basePackages = "org.newsatlas.api")
public class ApiErrorHandler {

    @ExceptionHandler(ApiError.class)
    public ResponseEntity<Map<String, String>> apiError(ApiError e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", e.code(), "description", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return apiError(ApiError.badParameter(e.getName(), "'" + e.getValue() + "' is not a valid value"));
    }
}

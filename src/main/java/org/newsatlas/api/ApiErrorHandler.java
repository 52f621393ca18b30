package org.newsatlas.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the HTTP API as an {@link ApiError}, never a stack trace nor Spring's own error JSON. Not limited
 * to the API's package: wrong methods (405) and content types (415, 406) fail before any controller is chosen.
 * Spring MVC serves only the API here (the Vaadin UI runs in its own servlet).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ApiError> apiException(ApiException e) {
        return reply(e.status(), e.error(), new HttpHeaders());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return apiException(ApiException.badParameter(e.getName(), "'" + e.getValue() + "' is not a valid " + type));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return reply(HttpStatus.BAD_REQUEST, new ApiError(ApiError.MISSING_PARAMETER,
                "Parameter '" + e.getParameterName() + "' is required"), new HttpHeaders());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String allowed = e.getSupportedHttpMethods() == null ? "none" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        return reply(HttpStatus.METHOD_NOT_ALLOWED, new ApiError(ApiError.METHOD_NOT_ALLOWED, "Method " + e.getMethod()
                + " is not allowed on " + request.getRequestURI() + "; allowed: " + allowed), e.getHeaders());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        String sent = e.getContentType() == null ? "no content type" : "content type " + e.getContentType();
        return reply(HttpStatus.UNSUPPORTED_MEDIA_TYPE, new ApiError(ApiError.UNSUPPORTED_MEDIA_TYPE, "The request has "
                + sent + "; send " + MediaType.toString(e.getSupportedMediaTypes())), e.getHeaders());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return reply(HttpStatus.NOT_ACCEPTABLE, new ApiError(ApiError.NOT_ACCEPTABLE, "This resource is "
                + MediaType.toString(e.getSupportedMediaTypes()) + ", which the Accept header does not accept"),
                new HttpHeaders());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return reply(HttpStatus.BAD_REQUEST, new ApiError(ApiError.INVALID_REQUEST,
                "The request body cannot be read"), new HttpHeaders());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return reply(HttpStatus.PAYLOAD_TOO_LARGE, new ApiError(ApiError.PAYLOAD_TOO_LARGE,
                "The request is larger than the server accepts"), new HttpHeaders());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    public ResponseEntity<ApiError> noSuchPath(Exception e, HttpServletRequest request) {
        return reply(HttpStatus.NOT_FOUND, UnknownApiPaths.error(request), new HttpHeaders());
    }

    /**
     * Any other of Spring's typed errors ({@link ErrorResponse}) keeps its status and Spring's words for it; anything
     * else is a bug, not the caller's fault: logged with its stack trace here, answered without it.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AsyncRequestNotUsableException || e instanceof ClientAbortException) {
            // the browser went away mid-answer (a page closed, a request superseded): nobody to answer, no bug
            LOG.debug("Client gone during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return null;
        }
        if (e.getClass().getName().startsWith("org.springframework.security.")) {
            throw e; // access decisions are Spring Security's to answer
        }
        if (e instanceof ErrorResponse error) {
            HttpStatusCode status = error.getStatusCode();
            String detail = error.getBody().getDetail();
            return reply(status, new ApiError(ApiError.codeFor(status.value()), detail == null
                    ? "The request cannot be served (" + status.value() + ")" : detail), error.getHeaders());
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return reply(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError(ApiError.INTERNAL,
                "Internal error; the server log has the details"), new HttpHeaders());
    }

    private static ResponseEntity<ApiError> reply(HttpStatusCode status, ApiError error, HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}

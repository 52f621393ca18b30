package org.newsatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on a request it rejects before any servlet runs (an illegal character in the request target,
 * {@code %zz} or an encoded slash in the path): an {@link ApiError} in JSON instead of Tomcat's HTML page. The
 * description says what is wrong with the URL; Tomcat's own message is not repeated (it may quote the request).
 */
public class ApiErrorReportValve extends ErrorReportValve {

    private final ObjectMapper json;

    /** Put in place by {@link TomcatErrorReports}, so Tomcat finds it and does not make one of its own. */
    public ApiErrorReportValve(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String description = status == 400
                ? "The request's URL is malformed: it has a character that must be percent-encoded, bad "
                        + "percent-encoding (a '%' needs two hex digits; '%' itself is %25) or an encoded '/' (%2F)"
                : "The request cannot be served (" + status + ")";
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            java.io.Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new ApiError(ApiError.codeFor(status), description).json(json));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response cannot take a body: nothing more to say
        }
    }
}

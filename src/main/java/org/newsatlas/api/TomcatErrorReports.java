package org.newsatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ApiErrorReportValve} in place of Tomcat's HTML error report. Runs after Spring Boot's own customizer,
 * which adds a plain {@link ErrorReportValve}; that one is taken out again.
 */
@Component
public class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectMapper json;

    public TomcatErrorReports(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ApiErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ApiErrorReportValve(json));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

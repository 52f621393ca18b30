package org.newsatlas.security;

import java.net.InetAddress;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Binds the web server to 127.0.0.1 unless the server is public or {@code server.address} says where: by default
 * only this machine can reach it (http://localhost:8080 still opens).
 */
@Component
public class LoopbackBinding implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private final ServerMode mode;

    public LoopbackBinding(ServerMode mode) {
        this.mode = mode;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (mode.bindsLoopbackOnly()) {
            factory.setAddress(InetAddress.getLoopbackAddress());
        }
    }
}

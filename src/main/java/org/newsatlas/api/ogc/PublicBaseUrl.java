package org.newsatlas.api.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.newsatlas.security.ServerMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The base URL of this server in the links it writes (OGC API), never taken from a request's Host header:
 * {@code newsatlas.server.public-url} if set; else, for a request that Tomcat's RemoteIpValve accepted from a
 * trusted proxy ({@code server.forward-headers-strategy=native}, {@code server.tomcat.remoteip.internal-proxies}),
 * the scheme and host that proxy forwarded; else the bound address and the port the request came in on:
 * {@code http://localhost:PORT} on a loopback server, {@code http://HOSTNAME:PORT} on a public one.
 */
@Component
public class PublicBaseUrl {

    /** Set to true by Tomcat's RemoteIpValve when a trusted proxy forwarded the request. */
    static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";
    private final String configured;
    private final String boundAddress;
    private final ServerMode mode;

    public PublicBaseUrl(Environment environment, ServerMode mode) {
        String url = environment.getProperty("newsatlas.server.public-url", "").strip();
        this.configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.boundAddress = environment.getProperty("server.address", "").strip();
        this.mode = mode;
    }

    /** The base URL, no trailing slash, for the request being served. */
    public String get() {
        if (!configured.isEmpty()) {
            return configured;
        }
        HttpServletRequest request = currentRequest();
        UriComponentsBuilder url = UriComponentsBuilder.newInstance();
        if (Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY))) {
            url.scheme(request.getScheme()).host(request.getServerName());
            boolean defaultPort = request.getServerPort() == (request.isSecure() ? 443 : 80);
            url.port(defaultPort ? -1 : request.getServerPort());
        } else {
            url.scheme("http").host(host()).port(request.getLocalPort());
        }
        return url.path(request.getContextPath()).build().toUriString();
    }

    /** The current request's path and query under the base URL, to build page links from. */
    public UriComponentsBuilder currentRequestUrl() {
        HttpServletRequest request = currentRequest();
        return UriComponentsBuilder.fromUriString(get())
                .path(request.getRequestURI().substring(request.getContextPath().length()))
                .query(request.getQueryString());
    }

    private String host() {
        try {
            InetAddress bound = boundAddress.isEmpty() ? null : InetAddress.getByName(boundAddress);
            if (bound != null && !bound.isAnyLocalAddress()) {
                return bound.isLoopbackAddress() ? "localhost"
                        : bound instanceof Inet6Address ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
            }
            return mode.isPublic() ? InetAddress.getLocalHost().getCanonicalHostName() : "localhost";
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("PublicBaseUrl is read while serving a request");
    }
}

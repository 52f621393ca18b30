package org.newsatlas.security;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The Content-Security-Policy of every response. Vaadin Flow needs inline scripts (its bootstrap and the first
 * page's state), {@code eval} (the client runs {@code executeJs} through {@code new Function}) and inline styles
 * (Lumo and Leaflet set them); everything else comes from this server. Images may also come from the tile server
 * of {@code newsatlas.map.tile-url}. No framing ({@code frame-ancestors 'none'}), no plugins, forms post here.
 */
public final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** @param tileUrl the XYZ tile template, or null/blank for none */
    public static String of(String tileUrl) {
        String tiles = tileSource(tileUrl);
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + (tiles.isEmpty() ? "" : " " + tiles) + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /**
     * The source expression that allows a tile template's images: its origin, with a {@code {s}} subdomain as
     * {@code *.}; empty for a template on this server (a path) or none.
     */
    static String tileSource(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank() || tileUrl.startsWith("/")) {
            return "";
        }
        String template = tileUrl.strip();
        int scheme = template.indexOf("://");
        if (scheme <= 0) {
            throw new IllegalArgumentException("newsatlas.map.tile-url must start with https:// or http:// or /, got '"
                    + tileUrl + "'");
        }
        int hostEnd = template.indexOf('/', scheme + 3);
        String host = template.substring(scheme + 3, hostEnd < 0 ? template.length() : hostEnd);
        String pattern = host.replaceFirst("^\\{[a-z]+}\\.", "*.");
        try {
            URI origin = new URI(template.substring(0, scheme) + "://" + pattern.replace("*.", "wildcard."));
            if (origin.getHost() == null || pattern.contains("{")) {
                throw new URISyntaxException(host, "no host");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("newsatlas.map.tile-url has no usable host: '" + tileUrl + "'");
        }
        return template.substring(0, scheme) + "://" + pattern;
    }
}

package org.newsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.newsatlas.support.RawHttp;

/** The headers every response must carry, in both modes. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void assertPresent(String path, RawHttp.Reply response) {
        assertThat(response.header("Content-Security-Policy")).as(path)
                .startsWith("default-src 'self';").contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
    }
}

package org.newsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void without_tiles_images_come_only_from_this_server_data_and_blob_urls_and_nothing_may_frame_the_app() {
        String policy = ContentSecurityPolicy.of("");
        assertThat(policy).contains("default-src 'self'", "img-src 'self' data: blob:;", "frame-ancestors 'none'",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'");
        assertThat(policy).doesNotContain("*", "http");
    }

    @Test
    void a_tile_template_with_a_subdomain_placeholder_allows_images_from_any_subdomain_of_its_host() {
        assertThat(ContentSecurityPolicy.of("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://*.tile.openstreetmap.org;");
        assertThat(ContentSecurityPolicy.tileSource("http://tiles.example.org:8081/{z}/{x}/{y}.png"))
                .isEqualTo("http://tiles.example.org:8081");
    }

    @Test
    void a_tile_path_on_this_server_needs_no_other_source() {
        assertThat(ContentSecurityPolicy.tileSource("/test-tiles/{z}/{x}/{y}.png")).isEmpty();
    }

    @Test
    void a_tile_template_without_a_usable_host_is_refused_with_the_setting_named() {
        assertThatThrownBy(() -> ContentSecurityPolicy.tileSource("tiles.example.org/{z}/{x}/{y}.png"))
                .hasMessageContaining("newsatlas.map.tile-url");
        assertThatThrownBy(() -> ContentSecurityPolicy.tileSource("https://{z}.{x}/{y}.png"))
                .hasMessageContaining("no usable host");
    }
}

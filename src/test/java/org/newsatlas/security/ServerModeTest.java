package org.newsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class ServerModeTest {

    @Test
    void by_default_the_server_is_not_public_and_a_request_from_this_machine_is_an_editor() {
        ServerMode mode = new ServerMode(false, null, false);
        assertThat(mode.isPublic()).isFalse();
        assertThat(roles(mode.visitorAuthorities("127.0.0.1"))).containsExactly("ROLE_READER", "ROLE_EDITOR");
        assertThat(roles(mode.visitorAuthorities("0:0:0:0:0:0:0:1"))).contains("ROLE_EDITOR");
    }

    @Test
    void a_request_forwarded_from_another_machine_to_a_loopback_server_gets_no_role() {
        assertThat(new ServerMode(false, "127.0.0.1", false).visitorAuthorities("203.0.113.9")).isEmpty();
    }

    @Test
    void the_public_flag_or_an_address_that_is_not_loopback_makes_the_server_public() {
        assertThat(new ServerMode(true, null, false).isPublic()).isTrue();
        assertThat(new ServerMode(false, "0.0.0.0", false).isPublic()).isTrue();
        assertThat(new ServerMode(false, "192.0.2.10", false).isPublic()).isTrue();
        assertThat(new ServerMode(false, "127.0.0.1", false).isPublic()).isFalse();
        assertThat(new ServerMode(false, "localhost", false).isPublic()).isFalse();
        // a public server behind a proxy on the same machine
        assertThat(new ServerMode(true, "127.0.0.1", false).isPublic()).isTrue();
    }

    @Test
    void on_a_public_server_nobody_edits_without_signing_in_and_reading_is_open_only_by_the_setting() {
        assertThat(new ServerMode(true, null, false).visitorAuthorities("127.0.0.1")).isEmpty();
        assertThat(roles(new ServerMode(true, null, true).visitorAuthorities("127.0.0.1")))
                .containsExactly("ROLE_READER");
    }

    private static List<String> roles(List<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}

package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchRuleTest {

    @Test
    void a_public_server_refuses_addresses_inside_its_own_network_and_says_which_and_why() {
        for (String address : List.of("http://127.0.0.1:8080/admin", "http://localhost/", "http://[::1]/",
                "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://172.16.0.9/",
                "http://192.168.1.1/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[::ffff:10.0.0.1]/",
                "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/", "http://255.255.255.255/")) {
            assertThatThrownBy(() -> FetchRule.PUBLIC_ONLY.check(URI.create(address))).as(address)
                    .isInstanceOf(ArticleReadException.class)
                    .hasMessageContaining("an address inside this server's own network")
                    .hasMessageContaining("newsatlas.import.fetch-private-addresses");
        }
        assertThatThrownBy(() -> FetchRule.PUBLIC_ONLY.check(URI.create("http://localhost/")))
                .hasMessageStartingWith("not fetched: localhost resolves to 127.0.0.1,");
    }

    @Test
    void public_addresses_pass_and_the_command_line_and_a_loopback_server_fetch_any() {
        for (String address : List.of("http://93.184.216.34/news", "https://[2606:4700::1111]/", "http://8.8.8.8/",
                "http://172.32.0.1/", "http://100.128.0.1/")) {
            assertThatCode(() -> FetchRule.PUBLIC_ONLY.check(URI.create(address))).as(address)
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> FetchRule.ANY_ADDRESS.check(URI.create("http://127.0.0.1/"))).doesNotThrowAnyException();
        assertThat(FetchRule.forServer(true, false)).isEqualTo(FetchRule.PUBLIC_ONLY);
        assertThat(FetchRule.forServer(true, true)).isEqualTo(FetchRule.ANY_ADDRESS);
        assertThat(FetchRule.forServer(false, false)).isEqualTo(FetchRule.ANY_ADDRESS);
    }

    @Test
    void an_ipv4_mapped_ipv6_address_is_judged_as_its_ipv4_address() throws Exception {
        assertThat(FetchRule.isPublic(InetAddress.getByName("::ffff:8.8.8.8"))).isTrue();
        assertThat(FetchRule.isPublic(InetAddress.getByName("::ffff:127.0.0.1"))).isFalse();
    }
}

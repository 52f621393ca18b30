package org.newsatlas.article.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ingest.ArticleReadException.Reason;

/** Bytes to text: the one decoder behind file import and the geoparse API. */
class TextDecoderTest {

    private static final String TEXT = "Officials in Dushanbe and Tashkent said drills near Termez would start on "
            + "Monday.\nTroops from Zürich-based observers watched.";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf16_without_a_byte_order_mark_is_read_in_either_byte_order_by_its_nul_bytes() throws Exception {
        for (var charset : new java.nio.charset.Charset[] {UTF_16LE, UTF_16BE}) {
            DecodedText decoded = decoder.decode(TEXT.getBytes(charset), Optional.empty());
            assertThat(decoded.text()).as(charset.name()).isEqualTo(TEXT);
            assertThat(decoded.charset()).isEqualTo(charset);
            assertThat(decoded.warnings()).singleElement().asString().contains("no byte-order mark", charset.name());
        }
    }

    @Test
    void utf16_without_a_byte_order_mark_wins_over_a_charset_the_sender_named() throws Exception {
        assertThat(decoder.decodeAs(TEXT.getBytes(UTF_16BE), UTF_8).text()).isEqualTo(TEXT);
        assertThat(decoder.decodeAs(TEXT.getBytes(UTF_16LE), UTF_8).text()).isEqualTo(TEXT);
    }

    @Test
    void a_byte_order_mark_wins_over_a_charset_the_sender_named_and_is_dropped() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] bytes = concat(bom, TEXT.getBytes(UTF_16LE));
        assertThat(decoder.decodeAs(bytes, ISO_8859_1).text()).isEqualTo(TEXT);
    }

    @Test
    void valid_utf8_decodes_as_sent() throws Exception {
        DecodedText decoded = decoder.decodeAs(TEXT.getBytes(UTF_8), UTF_8);
        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void invalid_utf8_sent_as_utf8_is_refused_with_the_offset_of_the_bad_byte_not_replaced() {
        byte[] bytes = concat("Talks in Tashkent ".getBytes(UTF_8), new byte[] {(byte) 0xFF}, " ended.".getBytes(UTF_8));
        assertThatThrownBy(() -> decoder.decodeAs(bytes, UTF_8))
                .isInstanceOfSatisfying(ArticleReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNDECODABLE))
                .hasMessage("undecodable bytes: not valid UTF-8 (byte 18, 0xFF)");
    }

    @Test
    void a_truncated_utf8_sequence_at_the_end_is_refused_too() {
        byte[] bytes = concat("Z".getBytes(UTF_8), new byte[] {(byte) 0xC3});
        assertThatThrownBy(() -> decoder.decodeAs(bytes, UTF_8)).isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("not valid UTF-8 (byte 1");
    }

    @Test
    void a_charset_the_sender_named_decodes_bytes_that_are_not_utf8() throws Exception {
        assertThat(decoder.decodeAs("Zürich, Genève".getBytes(ISO_8859_1), ISO_8859_1).text()).isEqualTo("Zürich, Genève");
    }

    @Test
    void a_file_whose_bytes_are_not_utf8_is_still_read_as_windows_1252_with_a_warning() throws Exception {
        DecodedText decoded = decoder.decode("Zürich".getBytes(ISO_8859_1), Optional.empty());
        assertThat(decoded.text()).isEqualTo("Zürich");
        assertThat(decoded.warnings()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void bytes_with_nul_bytes_in_no_utf16_pattern_are_binary_whichever_way_they_come() {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 26);
        }
        assertThatThrownBy(() -> decoder.decodeAs(bytes, UTF_8))
                .isInstanceOfSatisfying(ArticleReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BINARY))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> decoder.decode(bytes, Optional.empty())).hasMessageContaining("binary");
    }

    @Test
    void a_known_binary_format_is_named_even_when_a_charset_was_given() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> decoder.decodeAs(png, UTF_8)).hasMessageContaining("a PNG image");
    }

    @Test
    void control_characters_that_decode_still_mean_binary() {
        byte[] bytes = new byte[200];
        Arrays.fill(bytes, (byte) 0x01);
        assertThatThrownBy(() -> decoder.decodeAs(bytes, UTF_8))
                .isInstanceOfSatisfying(ArticleReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BINARY));
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}

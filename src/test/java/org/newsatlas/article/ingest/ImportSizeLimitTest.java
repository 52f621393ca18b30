package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ingest.ArticleReadException.Reason;
import org.springframework.util.unit.DataSize;

/** newsatlas.import.max-bytes, for a stream of unknown length such as an HTTP body. */
class ImportSizeLimitTest {

    private final ImportSizeLimit limit = new ImportSizeLimit(new ImportProperties(DataSize.ofKilobytes(2), null));

    @Test
    void a_stream_over_the_limit_is_read_only_one_byte_past_it_then_refused() {
        EndlessStream endless = new EndlessStream();
        assertThatThrownBy(() -> limit.read("text", endless))
                .isInstanceOfSatisfying(ArticleReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessage("text too large: more than 2.0 KB, the limit is 2.0 KB (newsatlas.import.max-bytes)");
        assertThat(endless.read).isEqualTo(2049);
    }

    @Test
    void a_stream_at_the_limit_is_read_whole() throws Exception {
        byte[] bytes = limit.read("text", new ByteArrayInputStream(new byte[2048]));
        assertThat(bytes).hasSize(2048);
    }

    @Test
    void a_known_size_over_the_limit_is_refused_with_the_size_and_no_bytes_is_empty() {
        assertThatThrownBy(() -> limit.check("file", 5_000))
                .hasMessage("file too large: 4.9 KB, the limit is 2.0 KB (newsatlas.import.max-bytes)");
        assertThatThrownBy(() -> limit.read("text", InputStream.nullInputStream()))
                .isInstanceOfSatisfying(ArticleReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY))
                .hasMessage("empty text");
    }

    /** Letters without end, counting how many were read. */
    private static final class EndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }
    }
}

package org.newsatlas.article.ingest;

import java.nio.charset.Charset;
import java.util.List;

/** Bytes decoded to text: line ends normalised to \n, no byte-order mark; how it was decoded. */
public record DecodedText(String text, Charset charset, List<String> warnings) {

    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}

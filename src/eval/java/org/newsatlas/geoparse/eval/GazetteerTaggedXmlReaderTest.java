package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTaggedXmlReaderTest {

    private static final String XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
                <article docid="7">
                    <title>t</title>
                    <text><![CDATA[A Turkish officer flew from Etobicoke to Ankara.]]></text>
                    <toponyms>
                        <toponym><phrase>Turkish</phrase><start>2</start><end>9</end>
                            <gaztag geonameid="298795"><name>Turkey</name><lat>39</lat><lon>35</lon></gaztag>
                        </toponym>
                        <toponym><phrase>Etobicoke</phrase><start>29</start><end>38</end>
                            <gaztag geonameid="5950267"><name>Etobicoke</name><lat>43.65</lat><lon>-79.52</lon></gaztag>
                        </toponym>
                        <toponym><phrase>Ankara</phrase><start>41</start><end>47</end></toponym>
                        <toponym><phrase>Izmir</phrase><start>10</start><end>15</end></toponym>
                    </toponyms>
                </article>
            </articles>
            """;

    @Test
    void reads_spans_coordinates_and_moves_an_offset_that_is_one_off_onto_its_phrase(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("corpus.xml"), XML);
        GazetteerTaggedXmlReader.Read read = new GazetteerTaggedXmlReader().read(file, "TR-News");
        AnnotatedDocument document = read.corpus().documents().get(0);
        assertThat(document.id()).isEqualTo("7");
        assertThat(document.gold()).extracting(GoldToponym::surface).containsExactly("Turkish", "Etobicoke", "Ankara");
        for (GoldToponym gold : document.gold()) {
            assertThat(document.text().substring(gold.start(), gold.end())).isEqualTo(gold.surface());
        }
        assertThat(document.gold().get(0).lat()).isEqualTo(39.0);
        assertThat(document.gold().get(1).start()).isEqualTo(28);
        assertThat(document.gold().get(2).hasCoordinates()).isFalse();
        assertThat(read.repaired()).isEqualTo(1);
        assertThat(read.dropped()).isEqualTo(1); // Izmir is not in the text
    }

    @Test
    void a_file_that_is_not_the_corpus_xml_is_refused_with_its_name(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.xml"), "not xml at all");
        assertThatThrownBy(() -> new GazetteerTaggedXmlReader().read(file, "TR-News"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes.xml");
    }
}

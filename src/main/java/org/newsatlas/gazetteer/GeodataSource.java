package org.newsatlas.gazetteer;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a geodata/ file by its name relative to geodata/ ("gazetteer.tsv.gz"), un-gzipping ".gz". */
@FunctionalInterface
public interface GeodataSource {

    InputStream open(String file) throws IOException;

    static GeodataSource directory(Path dir) {
        return file -> unpack(file, Files.newInputStream(dir.resolve(file)));
    }

    static GeodataSource classpath() {
        return file -> {
            InputStream in = GeodataSource.class.getClassLoader().getResourceAsStream("geodata/" + file);
            if (in == null) {
                throw new FileNotFoundException("No classpath resource geodata/" + file);
            }
            return unpack(file, in);
        };
    }

    private static InputStream unpack(String file, InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}

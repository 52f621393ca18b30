package org.newsatlas.layer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Streams the rows of a tab-separated UTF-8 file with one header line, as geodata/ writes them.
 * The returned stream owns the input: close it (try-with-resources).
 */
public final class TabSeparatedRows {

    private TabSeparatedRows() {
    }

    public static <T> Stream<T> stream(InputStream in, List<String> expectedHeader, Function<String[], T> row)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header == null || !List.of(split(header)).equals(expectedHeader)) {
            reader.close();
            throw new IOException("Unexpected header " + header + ", expected " + expectedHeader);
        }
        return reader.lines()
                .filter(line -> !line.isEmpty())
                .map(line -> row.apply(split(line)))
                .onClose(() -> close(reader));
    }

    /** Splits on tabs, keeping empty fields. */
    static String[] split(String line) {
        List<String> fields = new ArrayList<>(12);
        int start = 0;
        for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
            fields.add(line.substring(start, tab));
            start = tab + 1;
        }
        fields.add(line.substring(start));
        return fields.toArray(String[]::new);
    }

    /** Splits a list field ("a,b,c"); an empty field is an empty list. */
    static List<String> list(String field, char separator) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int sep = field.indexOf(separator); sep >= 0; sep = field.indexOf(separator, start)) {
            out.add(field.substring(start, sep));
            start = sep + 1;
        }
        out.add(field.substring(start));
        return List.copyOf(out);
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.newsatlas.geodata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        int columns = expectedHeader.size();
        if (header == null || !List.of(header.split("\t", -1)).equals(expectedHeader)) {
            reader.close();
            throw new IOException("Unexpected header " + header + ", expected " + expectedHeader);
        }
        return reader.lines()
                .filter(line -> !line.isEmpty())
                .map(line -> row.apply(split(line, columns)))
                .onClose(() -> close(reader));
    }

    /** Splits on tabs into exactly {@code columns} fields (missing trailing fields are empty). */
    static String[] split(String line, int columns) {
        String[] fields = new String[columns];
        int start = 0;
        for (int i = 0; i < columns - 1; i++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                fields[i] = line.substring(start);
                Arrays.fill(fields, i + 1, columns, "");
                return fields;
            }
            fields[i] = line.substring(start, tab);
            start = tab + 1;
        }
        fields[columns - 1] = line.substring(start);
        return fields;
    }

    /** Splits a list field ("a,b,c"); an empty field is an empty list. */
    static List<String> list(String field, char separator) {
        return field.isEmpty() ? List.of() : List.of(field.split(separator == '|' ? "\\|" : String.valueOf(separator)));
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

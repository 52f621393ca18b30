package org.newsatlas.geodata;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.geotools.data.simple.SimpleFeatureCollection;

/**
 * The files of geodata/ (see geodata/README.md), opened from a base location: a classpath prefix
 * ({@code classpath:geodata/}, the default: the pom copies geodata/ into the jar) or a directory.
 * Files ending in {@code .gz} are decompressed on the fly. Every GeoJSON file is read by one
 * {@link GeoJsonFeatureReader}, once: the parsed file is kept for the next caller.
 */
public final class Geodata {

    public static final String DEFAULT_LOCATION = "classpath:geodata/";
    public static final String COUNTRIES = "countries.geojson";
    public static final String BORDERS = "borders.geojson";
    public static final String CAPITALS = "capitals.geojson";
    public static final String CURATED = "curated.geojson";
    public static final String ADMIN1_POLYGONS = "admin1-polygons.geojson";
    public static final String ADMIN1 = "admin1.tsv.gz";
    public static final String GAZETTEER = "gazetteer.tsv.gz";
    public static final String COUNTRY_NAMES = "country-names.tsv";
    public static final String US_COUNTIES = "us-counties.tsv.gz";
    public static final String AIRPORTS = "airports.tsv.gz";
    public static final String ENGLISH_WORDS = "lexicon/english-words.txt.gz";

    private static final String CLASSPATH = "classpath:";

    private final String location;
    private final GeoJsonFeatureReader featureReader;
    private final Map<String, GeoJsonFeatureReader.Document> documents = new ConcurrentHashMap<>();

    /**
     * @param location {@code classpath:some/prefix/} or a directory path
     * @param json the application's JSON mapper (Spring's bean), for GeoJSON files
     */
    public Geodata(String location, ObjectMapper json) {
        this.location = location.endsWith("/") ? location : location + "/";
        this.featureReader = new GeoJsonFeatureReader(json);
    }

    /** Outside Spring (tests, benchmarks): a plain Jackson mapper. */
    public Geodata(String location) {
        this(location, new ObjectMapper());
    }

    public static Geodata fromClasspath() {
        return new Geodata(DEFAULT_LOCATION);
    }

    /** A folder under the location as a Spring resource location ({@code classpath:/...} or {@code file:...}). */
    public String resourceLocation(String folder) {
        String under = location + folder + (folder.endsWith("/") ? "" : "/");
        return under.startsWith(CLASSPATH) ? CLASSPATH + "/" + under.substring(CLASSPATH.length()).replaceFirst("^/", "")
                : Path.of(under).toAbsolutePath().toUri().toString().replaceFirst("/?$", "/");
    }

    public InputStream open(String file) throws IOException {
        InputStream in = openRaw(file);
        return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The file's bytes as stored (still compressed for {@code .gz}), e.g. to fingerprint it. */
    public InputStream openRaw(String file) throws IOException {
        InputStream raw = location.startsWith(CLASSPATH) ? classpathResource(file) : Files.newInputStream(
                Path.of(location, file));
        return new BufferedInputStream(raw, 1 << 16);
    }

    private InputStream classpathResource(String file) throws FileNotFoundException {
        String name = location.substring(CLASSPATH.length()) + file;
        InputStream in = Geodata.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new FileNotFoundException("No classpath resource " + name);
        }
        return in;
    }

    public SimpleFeatureCollection countries() throws IOException {
        return features(COUNTRIES, "countries");
    }

    public SimpleFeatureCollection borders() throws IOException {
        return features(BORDERS, "borders");
    }

    public SimpleFeatureCollection capitals() throws IOException {
        return features(CAPITALS, "capitals");
    }

    public SimpleFeatureCollection curated() throws IOException {
        return features(CURATED, "curated");
    }

    public SimpleFeatureCollection admin1Polygons() throws IOException {
        return features(ADMIN1_POLYGONS, "admin1_polygons");
    }

    public SimpleFeatureCollection features(String file, String typeName) throws IOException {
        return document(file, typeName).features();
    }

    /** The file's features and top-level members, parsed on the first call and kept. */
    public GeoJsonFeatureReader.Document document(String file, String typeName) throws IOException {
        String key = file + '\n' + typeName;
        GeoJsonFeatureReader.Document document = documents.get(key);
        if (document == null) {
            try (InputStream in = open(file)) {
                document = featureReader.readDocument(in, typeName);
            }
            documents.putIfAbsent(key, document);
        }
        return document;
    }

    /** All gazetteer rows, streamed; close the stream. */
    public Stream<GazetteerRow> gazetteer() throws IOException {
        return TabSeparatedRows.stream(open(GAZETTEER), GazetteerRow.HEADER, GazetteerRow::parse);
    }

    /** All admin-1 rows, streamed; close the stream. */
    public Stream<Admin1Row> admin1() throws IOException {
        return TabSeparatedRows.stream(open(ADMIN1), Admin1Row.HEADER, Admin1Row::parse);
    }

    /** All US county rows, streamed; close the stream. */
    public Stream<UsCountyRow> usCounties() throws IOException {
        return TabSeparatedRows.stream(open(US_COUNTIES), UsCountyRow.HEADER, UsCountyRow::parse);
    }

    /** All airport rows, streamed; close the stream. */
    public Stream<AirportRow> airports() throws IOException {
        return TabSeparatedRows.stream(open(AIRPORTS), AirportRow.HEADER, AirportRow::parse);
    }

    public List<CountryNameRow> countryNames() throws IOException {
        try (Stream<CountryNameRow> rows = TabSeparatedRows.stream(open(COUNTRY_NAMES), CountryNameRow.HEADER,
                CountryNameRow::parse)) {
            return rows.toList();
        }
    }

    /** The lowercase English word list, one word per element; close the stream. */
    public Stream<String> englishWords() throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(open(ENGLISH_WORDS), StandardCharsets.UTF_8));
        return reader.lines().filter(w -> !w.isEmpty()).onClose(() -> {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

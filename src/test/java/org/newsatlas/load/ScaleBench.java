package org.newsatlas.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark (not a test; prints a table): the layers, passages and histogram at several corpus sizes. For each
 * size it imports a generated {@link NewsCorpus} once ({@link CorpusDataDir}: real paragraphs of the evaluation
 * corpora, dates over ten years, many outlets; later runs reuse the folder), starts the packaged jar on it and
 * asks over loopback HTTP what the map and the OGC API ask: a layer in one month (each month asked once, so each is
 * counted, not read from the kept answers), in a year, in all time, with and without a bounding box; the first page
 * of passages of the feature with the most passages (all time and one month); the month histogram; pages of OGC
 * items. Run:
 * {@code mvn -o -q package -DskipTests && mvn -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsatlas.load.ScaleBench -Dexec.args="--sizes 1000,10000"} (also {@code --xmx 2g},
 * {@code --root target/scale-bench}, {@code --jar}). With {@code --postgres jdbc:postgresql://127.0.0.1:5432/}
 * (and {@code --postgres-user}, default newsatlas) each size is also measured on a PostgreSQL + PostGIS store
 * (database newsatlas_bench_SIZE, made when missing), printed beside H2's column.
 */
public final class ScaleBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
    private static final String BOX = "-10,35,40,60";

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int[] sizes = Arrays.stream(options.getOrDefault("sizes", "1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        Path root = Path.of(options.getOrDefault("root", "target/scale-bench"));
        Path jar = options.containsKey("jar") ? Path.of(options.get("jar")) : org.newsatlas.support.PackagedJar.jar();
        String xmx = options.getOrDefault("xmx", "2g");
        Map<String, List<String>> table = new LinkedHashMap<>();
        String postgres = options.get("postgres");
        List<String> columns = new ArrayList<>();
        for (int size : sizes) {
            measure(size, root.resolve("data-" + size), jar, xmx, List.of(), null, table);
            columns.add(String.format(Locale.ROOT, "%,d articles%s", size, postgres == null ? "" : ", H2"));
            if (postgres != null) {
                // the same corpus in a PostgreSQL + PostGIS store of its own (made when missing)
                String url = postgresDatabase(postgres, options.getOrDefault("postgres-user", "newsatlas"),
                        "newsatlas_bench_" + size);
                measure(size, root.resolve("pg-data-" + size), jar, xmx, List.of("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + options.getOrDefault("postgres-user", "newsatlas")),
                        url, table);
                columns.add(String.format(Locale.ROOT, "%,d articles, PostGIS", size));
            }
        }
        StringBuilder out = new StringBuilder("| measure |");
        for (String column : columns) {
            out.append(' ').append(column).append(" |");
        }
        out.append("\n| --- |").append(" ---: |".repeat(columns.size())).append('\n');
        table.forEach((measure, values) -> out.append("| ").append(measure).append(" | ")
                .append(String.join(" | ", values)).append(" |\n"));
        System.out.println(out);
    }

    /** The JDBC URL of database {@code name} on the server, created with PostGIS when missing. */
    private static String postgresDatabase(String server, String user, String name) throws java.sql.SQLException {
        String base = server.endsWith("/") ? server : server + "/";
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(base + "postgres", user, "");
             java.sql.Statement s = admin.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
        }
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(base + name, user, "");
             java.sql.Statement s = db.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        }
        return base + name;
    }

    /** The size of the PostgreSQL database at {@code url}, in bytes. */
    private static long databaseBytes(String url, String user) throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, user, "");
             java.sql.ResultSet rs = db.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * One column of the table: the corpus of {@code size} articles in the store of {@code dataDir} (H2), or in the
     * PostgreSQL database {@code postgresUrl} that {@code storeArguments} name (then the folder holds no store).
     */
    private static void measure(int size, Path dataDir, Path jar, String xmx, List<String> storeArguments,
                                String postgresUrl, Map<String, List<String>> table) throws Exception {
        CorpusDataDir corpus = new CorpusDataDir(dataDir, size, 1);
        long fresh = corpus.ensureImported(jar, storeArguments);
        String user = storeArguments.stream().filter(a -> a.startsWith("--spring.datasource.username="))
                .map(a -> a.substring(a.indexOf('=') + 1)).findFirst().orElse("newsatlas");
        long seconds = fresh >= 0 ? fresh : corpus.recordedImportSeconds();
        long words = words(dataDir.resolveSibling(dataDir.getFileName() + "-corpus"));
        put(table, "import, articles/s (one process, with start-up)", rate(size, seconds));
        put(table, "import, words/s", rate(words, seconds));
        put(table, "words in the corpus", String.format(Locale.ROOT, "%,d", words));
        put(table, "disk after the import: database + search index, MB", String.format(Locale.ROOT, "%.0f",
                (folderBytes(dataDir) + (postgresUrl == null ? 0 : databaseBytes(postgresUrl, user))) / 1e6));
        List<String> appArguments = new ArrayList<>(List.of("--newsatlas.seed.enabled=false"));
        appArguments.addAll(storeArguments);
        try (PackagedApp app = PackagedApp.start(jar, dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-app.log"),
                List.of("-Xmx" + xmx), appArguments)) {
            String base = app.base();
            Timing histogram = new Timing();
            JsonNode months = histogram.json(base + "/api/months");
            put(table, "histogram, first (ms) · months in it", histogram.first() + " · " + months.size());
            for (int i = 0; i < 10; i++) {
                histogram.json(base + "/api/months");
            }
            put(table, "histogram, kept answer p50 (ms)", histogram.p(50));
            List<YearMonth> busy = busiestMonths(months, 20);
            Timing month = new Timing();
            Timing monthBox = new Timing();
            for (YearMonth m : busy) {
                String datetime = m.atDay(1) + "/" + m.atEndOfMonth();
                month.json(base + "/ogc/collections/places/items?limit=100&mentioned=true&datetime=" + datetime);
                monthBox.json(base + "/ogc/collections/countries/items?limit=100&mentioned=true&bbox=" + BOX
                        + "&datetime=" + datetime);
            }
            put(table, "places layer, one month (20 months) p50 / p95 (ms)", month.p(50) + " / " + month.p(95));
            put(table, "countries in a bbox, one month p50 / p95 (ms)", monthBox.p(50) + " / " + monthBox.p(95));
            Timing year = new Timing();
            for (int y : busy.stream().mapToInt(YearMonth::getYear).distinct().sorted().toArray()) {
                year.json(base + "/ogc/collections/places/items?limit=100&mentioned=true&datetime=" + y + "-01-01/" + y
                        + "-12-31");
            }
            put(table, "places layer, one year p50 / max (ms)", year.p(50) + " / " + year.p(100));
            Timing all = new Timing();
            Timing allBox = new Timing();
            for (int i = 0; i < 10; i++) {
                all.json(base + "/ogc/collections/places/items?limit=100&mentioned=true");
                allBox.json(base + "/ogc/collections/places/items?limit=100&mentioned=true&bbox=" + BOX);
            }
            put(table, "places layer, all time: first · later p50 (ms)", all.first() + " · " + all.p(50));
            put(table, "places in a bbox, all time p50 (ms)", allBox.p(50));
            Timing items = new Timing();
            JsonNode page = null;
            for (int offset = 0; offset < 2000; offset += 100) {
                page = items.json(base + "/ogc/collections/places/items?limit=100&offset=" + offset);
            }
            put(table, "OGC items pages (limit 100) p50 / p95 (ms)", items.p(50) + " / " + items.p(95));
            put(table, "places on the map, all time", String.valueOf(page.path("numberMatched").asInt()));
            JsonNode countries = new Timing().json(base + "/ogc/collections/countries/items?limit=1000&mentioned=true");
            JsonNode biggest = null;
            for (JsonNode f : countries.path("features")) {
                if (biggest == null || f.path("properties").path("passage_count").asInt()
                        > biggest.path("properties").path("passage_count").asInt()) {
                    biggest = f;
                }
            }
            String id = biggest.path("id").asText();
            Timing passages = new Timing();
            Timing monthPassages = new Timing();
            for (int i = 0; i < 10; i++) {
                passages.json(base + "/api/features/countries/" + id + "/passages?limit=50");
            }
            for (YearMonth m : busy) {
                monthPassages.json(base + "/api/features/countries/" + id + "/passages?limit=50&month=" + m);
            }
            put(table, "biggest feature (passages, all time)", id + " ("
                    + biggest.path("properties").path("passage_count").asInt() + ")");
            put(table, "its first 50 passages, all time p50 / p95 (ms)", passages.p(50) + " / " + passages.p(95));
            put(table, "its first 50 passages, one month p50 / p95 (ms)", monthPassages.p(50) + " / "
                    + monthPassages.p(95));
            put(table, "live heap after the run, MB", String.format(Locale.ROOT, "%.0f",
                    app.liveHeap().totalBytes() / 1e6));
            put(table, "errors logged", String.valueOf(app.loggedErrors().size()));
        }
        // the server copies the gazetteer into a file of its own (the import command does not)
        put(table, "disk after the server ran (+ gazetteer copy), MB", String.format(Locale.ROOT, "%.0f",
                (folderBytes(dataDir) + (postgresUrl == null ? 0 : databaseBytes(postgresUrl, user))) / 1e6)
                + (postgresUrl != null || Files.exists(dataDir.resolve("gazetteer.closed")) ? "" : " (copy unfinished)"));
    }

    private static void put(Map<String, List<String>> table, String measure, String value) {
        table.computeIfAbsent(measure, k -> new ArrayList<>()).add(value);
    }

    private static String rate(long amount, long seconds) {
        return seconds <= 0 ? "?" : String.format(Locale.ROOT, "%,.0f", amount / (double) seconds);
    }

    /** The months with the most passages (at most {@code n}), oldest first. */
    private static List<YearMonth> busiestMonths(JsonNode months, int n) {
        List<JsonNode> all = new ArrayList<>();
        months.forEach(all::add);
        all.sort((a, b) -> Integer.compare(b.path("passages").asInt(), a.path("passages").asInt()));
        return all.stream().limit(n).map(m -> YearMonth.parse(m.path("month").asText())).sorted().toList();
    }

    private static long words(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return 0;
        }
        long words = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                String text = TAG.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
                words += WORD.matcher(text).results().count();
            }
        }
        return words;
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Server times of GET requests (sent to last byte), in milliseconds. */
    private static final class Timing {
        private final List<Double> ms = new ArrayList<>();

        JsonNode json(String url) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).build();
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            ms.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        }

        String first() {
            return String.format(Locale.ROOT, "%.0f", ms.get(0));
        }

        String p(int percentile) {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int at = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
            return String.format(Locale.ROOT, "%.0f", sorted[Math.max(0, at)]);
        }
    }
}

package org.newsatlas.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/news-atlas.jar}, production mode) running on a free port with a given data
 * folder; its output goes to a log file. Reads its live heap with {@code jcmd PID GC.class_histogram}.
 */
public final class PackagedApp implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The app on an existing data folder, without the seed corpus (a folder already imported). */
    public static PackagedApp start(Path jar, Path dataDir, Path log, List<String> jvmOptions) throws IOException {
        return start(jar, dataDir, log, jvmOptions, List.of("--newsatlas.seed.enabled=false"));
    }

    /** The app with more of its own arguments ({@code --name=value}, e.g. to let it import the seed corpus). */
    public static PackagedApp start(Path jar, Path dataDir, Path log, List<String> jvmOptions,
                                    List<String> appArguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--newsatlas.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(appArguments);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        PackagedApp app = new PackagedApp(process, port, log);
        try {
            app.awaitStarted();
        } catch (RuntimeException | IOException e) {
            process.destroyForcibly();
            throw e;
        }
        return app;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Live objects after a full GC (the histogram forces one). */
    public ClassHistogram liveHeap() {
        return liveHeap(pid());
    }

    /** Live objects of any local JVM after a full GC, by its process id. */
    public static ClassHistogram liveHeap(long pid) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(2, TimeUnit.MINUTES);
            return ClassHistogram.parse(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits (up to 20 minutes) until the app's log has a line containing one of {@code texts}, e.g. a finished seed
     * import.
     */
    public void awaitLogged(String... texts) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (Files.readAllLines(log).stream().noneMatch(l -> Arrays.stream(texts).anyMatch(l::contains))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the app never logged " + List.of(texts) + "; see " + log);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Lines of the app's log that report an error (Spring Boot's level column). */
    public List<String> loggedErrors() throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains(" ERROR ")).toList();
    }

    private void awaitStarted() throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped at start-up; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/ogc")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the app did not answer at " + base() + " within 20 minutes; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

package org.newsatlas.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/news-atlas.jar}, built by {@code package} before failsafe runs) started as a
 * separate JVM, its stdout and stderr read line by line as they come, so a test can act on what it printed
 * (kill it after the third "imported" line) and keep the whole output for a failure message.
 */
public final class PackagedJar implements AutoCloseable {

    private static final String END = "\u0000end of output";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private int streamsOpen = 2;

    private PackagedJar(Process process) {
        this.process = process;
        pump(process.getInputStream(), "out");
        pump(process.getErrorStream(), "err");
    }

    public static Path jar() {
        return Path.of("target", "news-atlas.jar");
    }

    /** Starts {@code java -jar target/news-atlas.jar ARGS...}. */
    public static PackagedJar start(List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(args);
        if (PostgresTestStore.active()) {
            // the jar on the PostgreSQL database of its data folder, as the in-process apps of the tests
            args.stream().filter(a -> a.startsWith("--newsatlas.data-dir=")).findFirst().ifPresent(dir -> {
                command.add("--spring.datasource.url=" + PostgresTestStore.databaseFor(dir.substring(dir.indexOf('=') + 1)));
                command.add("--spring.datasource.username=" + PostgresTestStore.user());
                command.add("--spring.datasource.password=" + PostgresTestStore.password());
            });
        }
        try {
            return new PackagedJar(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The next line it prints (stdout or stderr); empty when it closed both streams (it exited). Waits at most
     * {@code limit}, then fails with what it printed so far: a bound for a hung process, not a timing claim.
     */
    public Optional<String> nextLine(Duration limit) throws InterruptedException {
        while (streamsOpen > 0) {
            String line = lines.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("no output for " + limit + "; it printed:\n" + output());
            }
            if (line.equals(END)) {
                streamsOpen--;
                continue;
            }
            seen.add(line);
            return Optional.of(line);
        }
        return Optional.empty();
    }

    /** SIGKILL on Linux: no shutdown hook, no H2 close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * SIGTERM on Linux: the stop a service manager sends; the app's shutdown hook runs. Through the process handle:
     * {@code Process.destroy()} also closes the streams, and what the app prints while it stops would be lost.
     */
    public void stop() {
        process.toHandle().destroy();
    }

    /** Waits for the exit, reading the rest of its output. */
    public int exitCode(Duration limit) throws InterruptedException {
        while (nextLine(limit).isPresent()) {
            // read to the end
        }
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + limit + "; it printed:\n" + output());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Every line read so far. */
    public String output() {
        return String.join("\n", seen);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void pump(InputStream stream, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(" + name + " unreadable: " + e.getMessage() + ")");
            } finally {
                lines.add(END);
            }
        }, "packaged-jar-" + name);
        reader.setDaemon(true);
        reader.start();
    }
}

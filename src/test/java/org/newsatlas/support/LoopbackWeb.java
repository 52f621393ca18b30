package org.newsatlas.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A web server on loopback for fetch tests: each path answers a status, headers and a text body. */
public final class LoopbackWeb implements AutoCloseable {

    private final HttpServer server;

    public LoopbackWeb() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    /** "http://127.0.0.1:PORT". */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code path} answers with this status, content type and body (no body when empty). */
    public LoopbackWeb answer(String path, int status, String type, String body) {
        return answer(path, status, type, null, () -> body);
    }

    /** A redirect: {@code status} with a {@code Location} header, asked for again each time. */
    public LoopbackWeb redirect(String path, int status, Supplier<String> location) {
        return answer(path, status, "text/html; charset=utf-8", location, () -> "");
    }

    private LoopbackWeb answer(String path, int status, String type, Supplier<String> location, Supplier<String> body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            if (location != null) {
                exchange.getResponseHeaders().set("Location", location.get());
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package org.newsatlas.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection, for what Java's HTTP clients refuse to send: a forged
 * {@code Host} header, illegal characters in the request target, broken percent-encoding, any method and content
 * type. Every response header is seen as sent; a chunked body is put back together.
 */
public final class RawHttp {

    private final int port;

    /** A response: status, headers by lower-case name (all values in order), body as UTF-8. */
    public record Reply(int status, Map<String, List<String>> headers, String body) {

        /** The first value of a header (name in any case), or empty. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? "" : values.get(0);
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public RawHttp(int port) {
        this.port = port;
    }

    public Reply get(String target) throws IOException {
        return send("GET", target, Map.of(), null);
    }

    /** {@code headers} may hold a Host, which replaces the default {@code localhost:PORT}. */
    public Reply send(String method, String target, Map<String, String> headers, String body) throws IOException {
        List<String> lines = new ArrayList<>();
        headers.forEach((name, value) -> lines.add(name + ": " + value));
        return exchange(method, target, body, lines);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** @param headerLines "Name: value" lines; a Host line replaces the default localhost:PORT */
    public static Reply get(int port, String path, String... headerLines) throws IOException {
        return new RawHttp(port).exchange("GET", path, null, Arrays.asList(headerLines));
    }

    /** @param headerLines "Name: value" lines; a Host line replaces the default localhost:PORT */
    public static Reply send(int port, String method, String path, String body, String... headerLines)
            throws IOException {
        return new RawHttp(port).exchange(method, path, method.equals("GET") ? null : body, Arrays.asList(headerLines));
    }

    private Reply exchange(String method, String target, String body, List<String> headerLines) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            boolean host = false;
            for (String line : headerLines) {
                host |= line.toLowerCase(Locale.ROOT).startsWith("host:");
                request.append(line).append("\r\n");
            }
            if (!host) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            request.append("Connection: close\r\n");
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Reply parse(byte[] raw) throws IOException {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = all.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            throw new IOException("no HTTP response: " + all);
        }
        String[] lines = all.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", List.of("")).get(0).equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int lineEnd = indexOfLineEnd(chunked, pos);
            String sizeText = new String(chunked, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfLineEnd(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                return i;
            }
        }
        return data.length;
    }
}

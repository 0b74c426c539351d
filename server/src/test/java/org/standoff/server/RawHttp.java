package org.standoff.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 by hand over a socket, for what the JDK client will not send: any Host header, bytes that
 * are not UTF-8, a body that trickles in, a client address other than 127.0.0.1 (all of 127.0.0.0/8 is
 * loopback on Linux).
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** A response: its status, its headers (names in lower case) and its body as UTF-8. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A POST of {@code body} to {@code path} with the given extra header lines (e.g. {@code "Origin: x"}). */
    public static Response post(int port, String path, String host, String contentType, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n");
        return exchange(port, head, body, headers);
    }

    /** A request without a body: {@code method path}, with the given extra header lines. */
    public static Response request(int port, String method, String path, String host, String... headers) {
        return exchange(port, new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"), new byte[0], headers);
    }

    private static Response exchange(int port, StringBuilder head, byte[] body, String... headers) {
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // the body is written while the answer is read: a server may answer (413) before it is all sent
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading; its answer tells why
                }
            }, "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A socket to the server from {@code clientAddress} (e.g. 127.0.0.2), connected and not yet written to. */
    public static Socket connectFrom(String clientAddress, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(clientAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }

    /** Reads a whole response up to the end of the stream. */
    public static Response read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String latin = new String(all, StandardCharsets.ISO_8859_1); // one char per byte: offsets are byte offsets
        int end = latin.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete response: " + latin);
        }
        String[] lines = latin.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = latin.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunked(body);
        }
        String utf8 = new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, utf8);
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}

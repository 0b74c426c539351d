package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The per-address connection limit counts connections that are open, not connections ever opened: a
 * browser that opens and closes connections all day (keep-alive ends, tabs close) is never locked out.
 */
class ClientConnectionLimitTest {
    private static String healthOverANewConnection(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static void openAndDropWithoutARequest(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoLinger(true, 0);
        }
    }

    @Test
    void connectionsClosedByEitherSideFreeTheirPlace() throws Exception {
        try (TestServer server = TestServer.of(Fixtures.emoji())) {
            int port = server.server().port();
            int limit = ServerConfig.DEFAULT.http().maxConnectionsPerClient();
            for (int i = 0; i < limit * 3; i++) {
                assertThat(healthOverANewConnection(port)).startsWith("HTTP/1.1 200");
                openAndDropWithoutARequest(port);
            }
            assertThat(server.server().connectionsRefused()).isZero();
            assertThat(server.server().connectionsMostHeld()).isBetween(1, limit);
            assertThat(healthOverANewConnection(port)).startsWith("HTTP/1.1 200");
        }
    }
}

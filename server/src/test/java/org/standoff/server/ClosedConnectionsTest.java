package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The per-client connection limit counts open connections only: a client that opens a connection per
 * request and closes it after the answer (as {@code curl} in a shell loop does) is served however many
 * requests it makes. (It once counted such connections as open forever, and refused the client for
 * good after the limit's worth of requests.)
 */
class ClosedConnectionsTest {
    private static final int PER_CLIENT = 4;
    private static final String BODY = "{\"query\": \"{ corpus { documentCount } }\"}";

    @Test
    void aClientClosingEachConnectionIsNeverRefused() throws IOException {
        HttpPolicy policy = HttpPolicy.DEFAULT.withIdleTimeout(Duration.ofSeconds(30)).withMaxConnectionsPerClient(PER_CLIENT);
        try (TestServer server = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), ServerConfig.DEFAULT.withHttp(policy))) {
            int port = server.server().port();
            for (int request = 0; request < PER_CLIENT * 5; request++) {
                assertThat(ask(port)).as("request " + request).startsWith("HTTP/1.1 200").contains("\"documentCount\":1");
            }
        }
    }

    /** One request on a connection of its own, kept alive by the server, closed by the client once answered. */
    private static String ask(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!answer.toString(StandardCharsets.UTF_8).contains("}}")) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}

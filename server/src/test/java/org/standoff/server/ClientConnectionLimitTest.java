package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The per-client connection limit counts connections that are open, not connections ever opened: a
 * client that opens and closes many more than the limit, one after the other, is still served. (Closed
 * connections were once never given back, so the 33rd connection of an address was refused for good.)
 */
class ClientConnectionLimitTest {
    @Test
    void connectionsClosedOneAfterTheOtherNeverAddUpToTheLimit() throws Exception {
        try (TestServer server = TestServer.over(TestServer.memoryStore(Fixtures.jiang()),
                ServerConfig.DEFAULT.withHttp(HttpPolicy.DEFAULT.withMaxConnectionsPerClient(4)))) {
            int port = server.server().port();
            for (int i = 0; i < 40; i++) {
                RawHttp.Response response = RawHttp.request(port, "GET", "/health", "127.0.0.1:" + port);
                assertThat(response.status()).as("connection " + (i + 1)).isEqualTo(200);
            }
            assertThat(server.server().connectionsRefused()).isZero();
        }
    }
}

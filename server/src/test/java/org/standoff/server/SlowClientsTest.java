package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Slow clients (slowloris): hundreds of connections from one address that send their headers or
 * their body one byte at a time. The server closes what is over the per-address limit at once, ends
 * a body that takes too long, and a normal client at another address keeps its latency meanwhile.
 */
class SlowClientsTest {
    static final String ATTACKER = "127.0.0.2";
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(1);
    private static final int PER_CLIENT = 16;
    private static final int CONNECTIONS = 200;

    private static TestServer start() {
        HttpPolicy policy = HttpPolicy.DEFAULT.withBodyTimeout(BODY_TIMEOUT).withIdleTimeout(Duration.ofSeconds(5))
                .withMaxConnectionsPerClient(PER_CLIENT);
        return TestServer.over(TestServer.memoryStore(Fixtures.jiang()), ServerConfig.DEFAULT.withHttp(policy));
    }

    private static String slowBodyHead(int port) {
        return "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n{";
    }

    @Test
    void aBodyStillArrivingAfterItsTimeIsAnswered408() throws Exception {
        try (TestServer server = start(); Socket socket = RawHttp.connectFrom(ATTACKER, server.server().port())) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(slowBodyHead(server.server().port()).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(BODY_TIMEOUT.toMillis() + 200);
            out.write(' ');
            out.flush();
            socket.setSoTimeout(10_000);
            RawHttp.Response answer = RawHttp.read(socket.getInputStream());
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(answer.status()).isEqualTo(408);
            assertThat(TestServer.parse(answer.body()).at("/errors/0/extensions/code").asText()).isEqualTo("LIMIT_EXCEEDED");
            assertThat(millis).isBetween(BODY_TIMEOUT.toMillis(), BODY_TIMEOUT.toMillis() + 3_000);
        }
    }

    @Test
    void slowBodiesAndHeadersDoNotStallOtherClients() throws Exception {
        try (TestServer server = start()) {
            int port = server.server().port();
            Latency.measure(server, 20); // warm up
            Latency.Figures before = Latency.measure(server, 30);

            Map<Socket, Boolean> slow = new ConcurrentHashMap<>(); // socket → is a slow body (else slow headers)
            Map<Socket, Long> openedAt = new ConcurrentHashMap<>();
            Map<Socket, Long> endedAfterMillis = new ConcurrentHashMap<>(); // how long after its opening
            long attackStart = System.nanoTime();
            ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
            drip.scheduleAtFixedRate(() -> slow.keySet().forEach(socket -> {
                if (endedAfterMillis.containsKey(socket)) {
                    return;
                }
                try {
                    socket.getOutputStream().write(' ');
                } catch (IOException e) {
                    endedAfterMillis.put(socket, Duration.ofNanos(System.nanoTime() - openedAt.get(socket)).toMillis());
                }
            }), 100, 100, TimeUnit.MILLISECONDS);
            for (int i = 0; i < CONNECTIONS; i++) {
                Socket socket = RawHttp.connectFrom(ATTACKER, port);
                boolean body = i % 2 == 0;
                String head = body ? slowBodyHead(port) : "POST /graphql HTTP/1.1\r\nHo";
                try {
                    socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                    openedAt.put(socket, System.nanoTime());
                    slow.put(socket, body);
                } catch (IOException e) {
                    socket.close();
                }
            }
            long allOpen = System.nanoTime();
            Latency.Figures during = Latency.measure(server, 30);
            Thread.sleep(Math.max(0, BODY_TIMEOUT.toMillis() * 3 - Duration.ofNanos(System.nanoTime() - allOpen).toMillis()));
            drip.shutdownNow();
            drip.awaitTermination(5, TimeUnit.SECONDS);

            List<Long> bodiesEnded = new ArrayList<>();
            int openBodies = 0;
            for (Map.Entry<Socket, Boolean> each : slow.entrySet()) {
                Long ended = endedAfterMillis.get(each.getKey());
                if (each.getValue() && ended != null && ended >= BODY_TIMEOUT.toMillis()) {
                    bodiesEnded.add(ended);
                } else if (each.getValue() && ended == null) {
                    openBodies++;
                }
                each.getKey().close();
            }
            long served = CONNECTIONS - server.server().connectionsRefused();
            // at most PER_CLIENT open at once: a connection is kept beyond that only once one of the earlier ones was closed
            assertThat(served).as("connections the server kept").isLessThanOrEqualTo(PER_CLIENT + endedAfterMillis.size());
            assertThat(openBodies).as("slow bodies still open after 3 body timeouts").isZero();
            assertThat(bodiesEnded).isNotEmpty().allMatch(millis -> millis <= BODY_TIMEOUT.toMillis() * 3 + 500);
            assertThat(during.failures()).isZero();
            assertThat(during.p99Millis()).as("p99 while attacked, against %s before", before).isLessThan(1_000);
            Latency.record("slow bodies and headers: " + CONNECTIONS + " connections from " + ATTACKER + ", one byte"
                    + " per 100 ms", served + " kept, " + (CONNECTIONS - served) + " closed at once", "slow bodies ended after "
                    + bodiesEnded.stream().mapToLong(Long::longValue).max().orElse(0) + " ms at most", "normal client before: "
                    + before, "during: " + during);
        }
    }
}

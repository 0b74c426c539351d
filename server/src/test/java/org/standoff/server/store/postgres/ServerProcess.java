package org.standoff.server.store.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@code standoff serve} in a process of its own (this test JVM's classpath), on a free loopback
 * port, and a client for its GraphQL endpoint.
 */
final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final URI graphql;

    private ServerProcess(Process process, URI graphql) {
        this.process = process;
        this.graphql = graphql;
    }

    /** Starts {@code standoff serve --port 0} with {@code arguments}; returns when it listens. */
    static ServerProcess start(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.standoff.server.cli.StandoffCommand",
                "serve", "--port", "0"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    if (line.strip().startsWith("GraphQL")) {
                        drain(out);
                        return line.strip().substring("GraphQL".length()).strip();
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("the server stopped before it listened:\n" + seen);
        });
        try {
            return new ServerProcess(process, URI.create(url.get(90, TimeUnit.SECONDS)));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start", e);
        }
    }

    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the server never blocks on its log
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "server-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    /** POSTs a GraphQL request and returns the answer. */
    JsonNode graphql(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        return graphql(query, variables, null);
    }

    /** POSTs a GraphQL request signed in with {@code token} (none when null) and returns the answer. */
    JsonNode graphql(String query, Map<String, Object> variables, String token) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return JSON.readTree(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

package org.standoff.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code standoff serve} in a separate JVM, on the test class path: what a user runs, and what can be
 * killed with SIGKILL. {@link #start} returns once the process printed its URLs.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern GRAPHQL_URL = Pattern.compile("GraphQL\\s+(http://\\S+)");

    private final Process process;
    private final List<String> lines;
    private final String graphqlUrl;

    private ServerProcess(Process process, List<String> lines, String graphqlUrl) {
        this.process = process;
        this.lines = lines;
        this.graphqlUrl = graphqlUrl;
    }

    /** Starts {@code standoff serve ARGS} (with {@code --port 0} unless given) and waits for its URLs. */
    public static ServerProcess start(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.standoff.server.cli.StandoffCommand", "serve"));
        command.addAll(List.of(args));
        if (!command.contains("--port")) {
            command.addAll(List.of("--port", "0"));
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new CopyOnWriteArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String url = null;
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                Matcher matcher = GRAPHQL_URL.matcher(line);
                if (matcher.find()) {
                    url = matcher.group(1);
                }
                if (line.startsWith("Press Ctrl+C")) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (url == null) {
            process.destroyForcibly();
            throw new IllegalStateException("standoff serve did not start: " + String.join("\n", lines));
        }
        Thread drain = new Thread(() -> out.lines().forEach(lines::add), "server-process-output");
        drain.setDaemon(true);
        drain.start();
        return new ServerProcess(process, lines, url);
    }

    /** The GraphQL endpoint, e.g. {@code http://127.0.0.1:40123/graphql}. */
    public String graphqlUrl() {
        return graphqlUrl;
    }

    /** What the process printed so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Kills the process with SIGKILL, as a crash would, and waits for it to end. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}

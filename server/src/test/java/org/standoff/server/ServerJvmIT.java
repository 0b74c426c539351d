package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar standoff.jar serve} (the runnable jar of the package phase) serves in a child JVM
 * with the lean settings of docs/SERVER.md "Memory" when given no JVM option, and stops it when it is
 * stopped; given one, it serves in its own JVM.
 */
class ServerJvmIT {
    private static final Path JAR = Path.of("target/standoff.jar");

    @TempDir
    Path data;

    @Test
    void withoutJvmOptionsServeRunsInALeanChildJvmAndStopsIt() throws Exception {
        Process serve = start(List.of());
        try {
            List<ProcessHandle> children = serve.children().toList();
            assertThat(children).hasSize(1);
            ProcessHandle child = children.get(0);
            List<String> arguments = Arrays.asList(child.info().arguments().orElseThrow());
            assertThat(arguments).contains("-XX:+UseSerialGC", "-Xmx512m", "-jar").endsWith("serve", "--port", "0",
                    "--data", data.toString());
            serve.destroy(); // SIGTERM to the waiting JVM only
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void anyJvmOptionMeansTheUserChoseAndServeRunsInItsOwnJvm() throws Exception {
        Process serve = start(List.of("-Xmx200m"));
        try {
            assertThat(serve.children().toList()).isEmpty();
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts the jar's serve with {@code jvmOptions}; returns once it printed its GraphQL URL. */
    private Process start(List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "serve", "--port", "0", "--data", data.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("GraphQL ")) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(ignored -> { });
                    } catch (java.io.UncheckedIOException e) {
                        // the process was stopped and its output closed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new AssertionError("serve did not start: " + seen);
    }
}

package org.standoff.server.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM settings {@code standoff serve} runs under when the user chose none. Started as
 * {@code java -jar standoff.jar serve …} without a single JVM option (none on the command line, none in
 * {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}), the command starts the same jar again in a child
 * JVM with {@link #FLAGS} and waits for it, passing on its output, its exit code and a stop: the JVM's own
 * defaults size the heap from the machine's memory (a quarter of it) and let it grow to 0.8–1.2 GB under
 * load for an article the server keeps in 30 MB. Any JVM option given (e.g. {@code -Xmx8g} for a big
 * corpus) means the user chose: the server then runs in the first JVM, as started. Other commands always
 * run in the first JVM (they are short; a second start would only cost time). docs/SERVER.md, "Memory".
 */
final class ServerJvm {
    /**
     * A small serial-collected heap that grows only as far as the live data needs (at most 512 MB), a
     * bounded metaspace and code cache, and small thread stacks.
     */
    static final List<String> FLAGS = List.of("-XX:+UseSerialGC", "-Xms24m", "-Xmx512m", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

    /** Set in the child JVM, so that it never starts another. */
    static final String CHILD_PROPERTY = "standoff.serverJvm";

    private ServerJvm() {
    }

    /**
     * The command that runs {@code args} in a child JVM with {@link #FLAGS}, or empty when they run here:
     * not {@code serve}, JVM options given, already the child, or not started from a jar.
     */
    static Optional<List<String>> childCommand(String[] args) {
        if (args.length == 0 || !args[0].equals("serve") || System.getProperty(CHILD_PROPERTY) != null
                || jvmOptionsGiven()) {
            return Optional.empty();
        }
        Optional<Path> jar = jar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (jar.isEmpty() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(FLAGS);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * Runs {@code command} with this process's standard streams, stopping it when this process is
     * stopped; answers its exit code.
     */
    static int run(List<String> command) {
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // glibc gives each thread that allocates its own 64 MB arena; two are plenty for a JVM
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            child = builder.start();
        } catch (IOException e) {
            return -1;
        }
        Thread stop = new Thread(() -> {
            child.destroy(); // SIGTERM: the server's own shutdown hook closes it cleanly
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "standoff-stop-server-jvm");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook waits for the child, which is done
                }
                return code;
            } catch (InterruptedException e) {
                // not interruptible: the child's exit is this process's
            }
        }
    }

    /**
     * Whether this JVM was given any option: on its command line (anything before {@code -jar}), or in
     * the environment variables the JVM and its launcher read. (Not asked through the management beans,
     * which would cost this waiting JVM several megabytes.)
     */
    private static boolean jvmOptionsGiven() {
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        return arguments.isEmpty() || arguments.get().length == 0 || !arguments.get()[0].equals("-jar");
    }

    /** The jar this class was loaded from, when it was loaded from a jar file. */
    private static Optional<Path> jar() {
        try {
            Path location = Path.of(ServerJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location)
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

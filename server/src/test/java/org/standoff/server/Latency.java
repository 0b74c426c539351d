package org.standoff.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A normal client's latency: the same small query, one after another, timed. The abuse tests
 * measure it before and while an attack runs, and append both to {@code target/abuse-figures.md}.
 */
public final class Latency {
    static final String NORMAL_QUERY = "{ document(id: \"jiang\") { quotes(first: 5) { edges { node { text } } } } }";

    private Latency() {
    }

    /** Latencies in milliseconds (median, p99, maximum) and the number of requests that failed. */
    public record Figures(double medianMillis, double p99Millis, double maxMillis, int failures) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "median %.1f ms, p99 %.1f ms, max %.1f ms, %d failed",
                    medianMillis, p99Millis, maxMillis, failures);
        }
    }

    /** Sends the normal query {@code count} times and times each answer. */
    public static Figures measure(TestServer server, int count) {
        List<Double> millis = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            try {
                if (server.graphql(NORMAL_QUERY).has("errors")) {
                    failures++;
                }
            } catch (RuntimeException | AssertionError e) {
                failures++;
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return new Figures(millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.99) - 1),
                millis.get(millis.size() - 1), failures);
    }

    /** Appends one line of figures to {@code target/abuse-figures.md}. */
    public static void record(String attack, Object... figures) {
        StringBuilder line = new StringBuilder("| ").append(attack);
        for (Object figure : figures) {
            line.append(" | ").append(figure);
        }
        line.append(" |\n");
        try {
            Files.writeString(Path.of("target", "abuse-figures.md"), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.standoff.corpus.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.jsonl.JsonlCorpus;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * One fuzz target per reader of untrusted files. Each feeds the fuzzer's bytes to the reader and
 * fails on what a user must never see: any exception or error escaping the reader (a reader
 * reports problems as diagnostics), a diagnostic naming a Java or Jackson class, a text holding a
 * lone surrogate read without an error, or one input taking more than {@value #MAX_MILLIS} ms of CPU (the
 * first input of each reader in a JVM is read once untimed before, so class loading is not counted).
 * Memory is capped
 * by the JVM ({@code -Xmx256m} in the build's fuzzing run and in the long campaign's command).
 *
 * <p>Inputs of formats with several files are split at NUL bytes: brat is {@code txt \0 ann
 * [\0 annotation.conf]}, W3C is {@code text \0 annotations}. Seeds and every kept crasher are in
 * {@code src/test/resources/org/standoff/corpus/fuzz/ReaderFuzzTestInputs/<target>/}; the normal
 * build replays all of them.
 */
class ReaderFuzzTest {
    /**
     * The longest one input may take, in milliseconds of the reading thread's CPU time: on a shared
     * machine wall time measures the neighbours (a true hang is caught by libFuzzer's {@code -timeout}
     * in the long campaign).
     */
    static final long MAX_MILLIS = 1_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final List<String> TARGETS = List.of("standoff", "jsonl", "brat", "labelstudio", "uima-json",
            "doccano", "w3c");

    @FuzzTest(maxDuration = "10s")
    void allReaders(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String target = TARGETS.get(Byte.toUnsignedInt(input[0]) % TARGETS.size());
        read(target, Arrays.copyOfRange(input, 1, input.length));
    }

    @FuzzTest(maxDuration = "5m")
    void standoff(byte[] input) {
        read("standoff", input);
    }

    @FuzzTest(maxDuration = "5m")
    void jsonl(byte[] input) {
        read("jsonl", input);
    }

    @FuzzTest(maxDuration = "5m")
    void brat(byte[] input) {
        read("brat", input);
    }

    @FuzzTest(maxDuration = "5m")
    void labelstudio(byte[] input) {
        read("labelstudio", input);
    }

    @FuzzTest(maxDuration = "5m")
    void uimaJson(byte[] input) {
        read("uima-json", input);
    }

    @FuzzTest(maxDuration = "5m")
    void doccano(byte[] input) {
        read("doccano", input);
    }

    @FuzzTest(maxDuration = "5m")
    void w3c(byte[] input) {
        read("w3c", input);
    }

    /** The targets that have read one input in this JVM. */
    private static final java.util.Set<String> WARM = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Reads {@code input} as {@code target} and checks what the reader gave back. */
    static void read(String target, byte[] input) {
        if (WARM.add(target)) {
            readOnce(target, input);
        }
        readOnce(target, input);
    }

    private static void readOnce(String target, byte[] input) {
        long start = THREADS.getCurrentThreadCpuTime();
        List<Document> documents;
        List<Diagnostic> diagnostics;
        switch (target) {
            case "standoff" -> {
                ReadResult result = StandoffJson.read(input, "fuzz.standoff.json", ReaderOptions.DEFAULTS);
                documents = result.documentIfAny().stream().toList();
                diagnostics = result.diagnostics();
            }
            case "jsonl" -> {
                try (Stream<ReadResult> results = JsonlCorpus.read(new ByteArrayInputStream(input), "fuzz.jsonl",
                        ReaderOptions.DEFAULTS)) {
                    List<ReadResult> all = results.toList();
                    documents = all.stream().flatMap(r -> r.documentIfAny().stream()).toList();
                    diagnostics = all.stream().flatMap(r -> r.diagnostics().stream()).toList();
                }
            }
            default -> {
                ImportResult result = importFiles(target, input);
                documents = result.documents();
                diagnostics = result.diagnostics();
            }
        }
        long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
        if (millis > MAX_MILLIS) {
            throw new SlowInput(target + " took " + millis + " ms of CPU for " + input.length + " bytes");
        }
        check(input, documents, diagnostics);
    }

    private static ImportResult importFiles(String target, byte[] input) {
        DocumentFormat format = Formats.byName(target).orElseThrow();
        List<byte[]> parts = split(input);
        return switch (target) {
            case "brat" -> format.read(Stream.of(
                            new SourceFile("fuzz.txt", parts.get(0)),
                            new SourceFile("fuzz.ann", parts.size() > 1 ? parts.get(1) : new byte[0]),
                            parts.size() > 2 ? new SourceFile("annotation.conf", parts.get(2)) : null)
                    .filter(f -> f != null).toList(), ImportOptions.DEFAULTS);
            case "w3c" -> parts.size() < 2
                    ? format.read(List.of(new SourceFile("fuzz.w3c.jsonld", input)), ImportOptions.DEFAULTS)
                    : format.read(List.of(new SourceFile("fuzz.w3c.jsonld", parts.get(1))),
                    new ImportOptions(null, new String(parts.get(0), StandardCharsets.UTF_8), null));
            case "doccano" -> format.read(List.of(new SourceFile("fuzz.jsonl", input)), ImportOptions.DEFAULTS);
            default -> format.read(List.of(new SourceFile("fuzz.json", input)), ImportOptions.DEFAULTS);
        };
    }

    /** {@code input} cut at its first two NUL bytes (at most three parts). */
    private static List<byte[]> split(byte[] input) {
        int first = indexOf(input, 0);
        if (first < 0) {
            return List.of(input);
        }
        int second = indexOf(input, first + 1);
        if (second < 0) {
            return List.of(Arrays.copyOf(input, first), Arrays.copyOfRange(input, first + 1, input.length));
        }
        return List.of(Arrays.copyOf(input, first), Arrays.copyOfRange(input, first + 1, second),
                Arrays.copyOfRange(input, second + 1, input.length));
    }

    private static int indexOf(byte[] input, int from) {
        for (int i = from; i < input.length; i++) {
            if (input[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** What the name of a class from inside the reader looks like in a message. */
    private static final List<String> INTERNAL_NAMES = List.of("java.lang.", "java.io.", "java.nio.", "java.util.",
            "com.fasterxml.", "Exception", "Error:");

    private static void check(byte[] input, List<Document> documents, List<Diagnostic> diagnostics) {
        String echoed = new String(input, StandardCharsets.UTF_8);
        for (Diagnostic diagnostic : diagnostics) {
            String message = diagnostic.message();
            if (message == null) {
                throw new LeakedInternals("a diagnostic without a message: " + diagnostic.code());
            }
            for (String name : INTERNAL_NAMES) {
                // a message may quote the input, which may hold anything
                if (message.contains(name) && !echoed.contains(name)) {
                    throw new LeakedInternals("a diagnostic names an internal class: " + diagnostic);
                }
            }
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return;
        }
        for (Document document : documents) {
            int at = OffsetIndex.firstLoneSurrogate(document.text());
            if (at >= 0) {
                throw new LoneSurrogateImported("document " + document.id() + " holds a lone surrogate at " + at);
            }
        }
    }

    /** An input that took longer than {@link #MAX_MILLIS}. */
    static final class SlowInput extends RuntimeException {
        SlowInput(String message) {
            super(message);
        }
    }

    /** A diagnostic that shows an internal class name to the user. */
    static final class LeakedInternals extends RuntimeException {
        LeakedInternals(String message) {
            super(message);
        }
    }

    /** An imported text with a lone surrogate, which no UTF-8 file can hold. */
    static final class LoneSurrogateImported extends RuntimeException {
        LoneSurrogateImported(String message) {
            super(message);
        }
    }
}

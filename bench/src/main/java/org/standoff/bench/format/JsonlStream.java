package org.standoff.bench.format;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.standoff.core.model.Document;
import org.standoff.corpus.jsonl.JsonlCorpus;
import org.standoff.corpus.jsonl.JsonlWriter;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Streams a large JSON Lines corpus through the JSONL writer and reader in bounded memory: writes
 * documents (64 generated articles, re-identified, cycled) until the file has the target size, then
 * reads it back, counting documents, annotations and diagnostics. Prints wall time, MB/s, and the
 * peak heap use of each phase (sum of the heap pools' peaks, which the JVM tracks between GCs).
 *
 * <pre>{@code
 * java -Xmx256m -cp bench/target/benchmarks.jar org.standoff.bench.format.JsonlStream /tmp/standoff-corpus.jsonl 1100
 * }</pre>
 *
 * Arguments: the file (default {@code /tmp/standoff-corpus.jsonl}; overwritten, deleted at the end
 * unless {@code -Dkeep=true}) and the target size in MB (default 1100).
 */
public final class JsonlStream {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long cpuStart;

    private JsonlStream() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/standoff-corpus.jsonl");
        long target = (args.length > 1 ? Long.parseLong(args[1]) : 1100) * 1_000_000L;
        List<Document> pool = ArticleCorpus.articles(7, 64, 5100);
        System.out.printf(Locale.ROOT, "max heap %d MB, target %d MB, file %s%n",
                Runtime.getRuntime().maxMemory() >> 20, target / 1_000_000, file);

        resetPeaks();
        long start = System.nanoTime();
        long written = 0;
        try (JsonlWriter out = JsonlWriter.open(file, WriterOptions.DEFAULTS)) {
            while (Files.size(file) < target || written % pool.size() != 0) {
                Document document = pool.get((int) (written % pool.size()));
                out.write(document.toBuilder().id("doc-" + written).build());
                written++;
            }
        }
        long bytes = Files.size(file);
        report("write", written, bytes, System.nanoTime() - start);

        resetPeaks();
        start = System.nanoTime();
        long documents = 0;
        long annotations = 0;
        long diagnostics = 0;
        long errors = 0;
        try (Stream<ReadResult> results = JsonlCorpus.read(file, ReaderOptions.DEFAULTS)) {
            for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                if (result.document() != null) {
                    documents++;
                    annotations += result.document().annotations().size() + result.document().entities().size();
                }
                diagnostics += result.diagnostics().size();
                errors += result.errors().size();
            }
        }
        report("read", documents, bytes, System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "read back: %d documents (%d written), %d annotations and entities, %d diagnostics (%d errors)%n",
                documents, written, annotations, diagnostics, errors);
        if (!Boolean.getBoolean("keep")) {
            Files.delete(file);
        }
        if (documents != written || diagnostics != 0) {
            throw new IllegalStateException("the corpus did not read back cleanly");
        }
    }

    private static void report(String phase, long documents, long bytes, long nanos) {
        double seconds = nanos / 1e9;
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
        }
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d documents, %.1f MB in %.1f s wall = %.1f MB/s, %.0f documents/s"
                        + " (main thread CPU %.1f s = %.1f MB/s per CPU second); peak heap %.1f MB (GCs so far: %d, %d ms)%n",
                phase, documents, bytes / 1e6, seconds, bytes / 1e6 / seconds, documents / seconds, cpu, bytes / 1e6 / cpu,
                peakHeap() / 1048576.0, gcCount, gcMillis);
    }

    private static void resetPeaks() {
        System.gc();
        cpuStart = THREADS.getCurrentThreadCpuTime();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}

package org.standoff.bench.format;
import com.fasterxml.jackson.core.*;
import java.io.*;
import java.lang.management.*;
import org.standoff.core.model.Document;
import org.standoff.corpus.standoff.*;
/**
 * Thread-CPU-time throughput of the readers and writers on one corpus shape (MB of canonical JSON per
 * CPU second of the measuring thread), less sensitive than JMH wall-clock figures to a shared machine.
 * Arguments: shape, warm-up and measurement CPU milliseconds per operation, optionally the operations to
 * run (comma-separated: readTokens, readValues, readRecords, standoffBytes, standoffUnvalidated, standoffStream, writeRecords, standoffWriter,
 * standoffCompact), and {@code interleaved} to measure them in turns (see {@link #interleaved}).
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.standoff.bench.format.CpuCheck articles 4000 3000}</pre>
 */
public final class CpuCheck {
  private CpuCheck() {
  }

  interface Op { long run() throws Exception; }

  private static final ReaderOptions UNVALIDATED = ReaderOptions.DEFAULTS.withValidate(false);

  /**
   * The token pass with every name and value decoded (strings materialized, numbers parsed): the
   * least any reader built on Jackson's streaming parser that looks at every value does.
   */
  static long decodeAll(JsonParser p) throws IOException {
    long t = 0;
    for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
      switch (token) {
        case FIELD_NAME -> t += p.currentName().length();
        case VALUE_STRING -> t += p.getText().length();
        case VALUE_NUMBER_INT -> t += p.getIntValue();
        case VALUE_NUMBER_FLOAT -> t += (long) p.getDoubleValue();
        default -> t++;
      }
    }
    return t;
  }
  public static void main(String[] a) throws Exception {
    FormatCorpus c = new FormatCorpus(); c.shape = a[0]; c.setUp();
    long bytes = 0; for (byte[] f : c.files) bytes += f.length;
    JsonFactory jf = new JsonFactory();
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
    String[] names = {"readTokens", "readValues", "readRecords", "standoffBytes", "standoffUnvalidated", "standoffStream", "writeRecords", "standoffWriter", "standoffCompact"};
    Op[] ops = {
      () -> { long t = 0; for (byte[] f : c.files) try (JsonParser p = jf.createParser(f)) { while (p.nextToken() != null) t++; } return t; },
      () -> { long t = 0; for (byte[] f : c.files) try (JsonParser p = jf.createParser(f)) { t += decodeAll(p); } return t; },
      // consumed by a reference test, not hashCode(): hashing every record would bill the baseline for work that is not reading
      () -> { long t = 0; for (byte[] f : c.files) t += FormatCorpus.MAPPER.readValue(f, WireDocument.class) != null ? 1 : 0; return t; },
      () -> { long t = 0; for (byte[] f : c.files) t += StandoffJson.read(f, "bench").diagnostics().size(); return t; },
      () -> { long t = 0; for (byte[] f : c.files) t += StandoffJson.read(f, "bench", UNVALIDATED).diagnostics().size(); return t; },
      () -> { long t = 0; for (byte[] f : c.files) t += StandoffJson.read(new ByteArrayInputStream(f), "bench").diagnostics().size(); return t; },
      () -> { out.reset(); for (WireDocument r : c.records) FormatCorpus.MAPPER.writeValue(out, r); return out.size(); },
      () -> { out.reset(); for (Document d : c.documents) StandoffJson.write(d, out, WriterOptions.DEFAULTS); return out.size(); },
      () -> { out.reset(); for (Document d : c.documents) StandoffJson.writeLine(d, out, WriterOptions.DEFAULTS); return out.size(); },
    };
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    if (a.length > 4 && a[4].equals("interleaved")) {
      interleaved(a, c, bytes, names, ops, mx);
      return;
    }
    for (int k = 0; k < ops.length; k++) { if (a.length > 3 && !java.util.List.of(a[3].split(",")).contains(names[k])) continue;
      long until = mx.getCurrentThreadCpuTime() + Long.parseLong(a[1]) * 1_000_000L;
      while (mx.getCurrentThreadCpuTime() < until) sink += ops[k].run();
      long t0 = mx.getCurrentThreadCpuTime(); int n = 0;
      long end = t0 + Long.parseLong(a[2]) * 1_000_000L;
      while (mx.getCurrentThreadCpuTime() < end) { sink += ops[k].run(); n++; }
      double sec = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
      System.out.printf("%s %s %.1f MB/cpu-s (%d ops)%n", a[0], names[k], n * bytes / 1e6 / sec, n);
    }
    System.out.println(sink == 42 ? "" : "done");
  }

  /**
   * The chosen operations warmed up one after the other, then measured in turns of about 200 ms
   * each until each has had the measurement time: a neighbour's load then falls on all of them
   * alike, so their ratios hold even when the absolute figures wander. Prints each operation's
   * MB/cpu-s and its ratio to the first one named.
   */
  private static void interleaved(String[] a, FormatCorpus c, long bytes, String[] names, Op[] ops, ThreadMXBean mx)
      throws Exception {
    java.util.List<Integer> chosen = new java.util.ArrayList<>();
    for (String name : a[3].split(",")) chosen.add(java.util.Arrays.asList(names).indexOf(name));
    long sink = 0;
    for (int k : chosen) {
      long until = mx.getCurrentThreadCpuTime() + Long.parseLong(a[1]) * 1_000_000L;
      while (mx.getCurrentThreadCpuTime() < until) sink += ops[k].run();
    }
    long[] cpu = new long[ops.length];
    int[] count = new int[ops.length];
    long budget = Long.parseLong(a[2]) * 1_000_000L;
    while (cpu[chosen.get(0)] < budget) {
      for (int k : chosen) {
        long t0 = mx.getCurrentThreadCpuTime();
        long turn = t0 + 200_000_000L;
        do { sink += ops[k].run(); count[k]++; } while (mx.getCurrentThreadCpuTime() < turn);
        cpu[k] += mx.getCurrentThreadCpuTime() - t0;
      }
    }
    double first = count[chosen.get(0)] * bytes / 1e6 / (cpu[chosen.get(0)] / 1e9);
    for (int k : chosen) {
      double rate = count[k] * bytes / 1e6 / (cpu[k] / 1e9);
      System.out.printf("%s %s %.1f MB/cpu-s (%d ops) = %.2fx %s%n", a[0], names[k], rate, count[k], rate / first,
          names[chosen.get(0)]);
    }
    System.out.println(sink == 42 ? "" : "done");
  }
}

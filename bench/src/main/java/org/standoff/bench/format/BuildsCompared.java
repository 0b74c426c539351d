package org.standoff.bench.format;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The full reader of two or more builds of Standoff, measured in one JVM: each build's
 * {@code benchmarks.jar} is loaded in a class loader of its own, so each has its own copy of every
 * class (Jackson's too), and they are measured in turns of about 200 ms of thread CPU time, as
 * {@link CpuCheck}'s {@code interleaved} mode does. A neighbour's load and the machine's drift then
 * fall on every build alike, where separate runs wander by 30% on a shared machine. Each copy is
 * compiled by the JIT on its own, and two copies of the same build have differed by 1–10% in one
 * run: name each build twice and read the pairs. The first build's Jackson databind into records
 * is measured too, as the baseline of the issue's target.
 *
 * <p>Arguments: optionally {@code write} (measure the canonical writer,
 * {@code StandoffJson.write(Document, OutputStream, WriterOptions)}, instead of the reader), the
 * corpus shape, the measurement seconds per build, then the jars. A jar may be followed by
 * {@code @stream} to read through {@code StandoffJson.read(InputStream, String)} (the only entry
 * point of builds before {@code read(byte[], String)}), or by {@code @novalidate} to read without
 * the core validator ({@code ReaderOptions.withValidate(false)}: the decoding alone); else the bytes
 * are read with {@code read(byte[], String, ReaderOptions.DEFAULTS)}. The writer's baseline is Jackson databind writing the same records.
 *
 * <pre>{@code
 * cp bench/target/benchmarks.jar /tmp/before.jar   # build the change, then:
 * java -cp bench/target/benchmarks.jar org.standoff.bench.format.BuildsCompared articles 20 \
 *     /tmp/before.jar bench/target/benchmarks.jar
 * java -cp bench/target/benchmarks.jar org.standoff.bench.format.BuildsCompared write large 20 \
 *     /tmp/before.jar bench/target/benchmarks.jar
 * }</pre>
 */
public final class BuildsCompared {
    private static final long WARM_UP_NANOS = 4_000_000_000L;

    private BuildsCompared() {
    }

    /** One measured operation: reads (or writes) the whole corpus once. */
    private interface Pass extends Turns.Op {
    }

    private record Measured(String name, Pass pass, long bytes) {
    }

    public static void main(String[] args) throws Throwable {
        boolean write = args.length > 0 && args[0].equals("write");
        int from = write ? 1 : 0;
        if (args.length < from + 3) {
            System.err.println("usage: BuildsCompared [write] <articles|large> <seconds> <jar>[@stream] <jar>[@stream]...");
            System.exit(2);
        }
        String shape = args[from];
        long budget = Long.parseLong(args[from + 1]) * 1_000_000_000L;
        List<Measured> measured = new ArrayList<>();
        for (int i = from + 2; i < args.length; i++) {
            String[] jarAndWay = args[i].split("@", 2);
            boolean stream = jarAndWay.length > 1 && jarAndWay[1].equals("stream");
            boolean unvalidated = jarAndWay.length > 1 && jarAndWay[1].equals("novalidate");
            Build build = new Build(Path.of(jarAndWay[0]), shape);
            if (i == from + 2) {
                measured.add(new Measured("databind records (" + jarAndWay[0] + ")",
                        write ? build.writeRecords() : build.records(), build.bytes));
            }
            measured.add(new Measured(args[i], write ? build.writer() : stream ? build.fromStream() : build.fromArray(!unvalidated), build.bytes));
        }
        List<Turns.Op> ops = new ArrayList<>();
        measured.forEach(m -> ops.add(m.pass()::run));
        double[] rates = Turns.perCpuSecond(ops, WARM_UP_NANOS, budget);
        for (int k = 0; k < measured.size(); k++) {
            double rate = rates[k] * measured.get(k).bytes / 1e6;
            System.out.printf("%-60s %7.1f MB/cpu-s  %.3fx%n", measured.get(k).name, rate, rate / (rates[0] * measured.get(0).bytes / 1e6));
        }
    }

    /** One build: its classes in a loader of their own, and the corpus its generator makes. */
    private static final class Build {
        private final ClassLoader loader;
        private final Class<?> readResult;
        private final Class<?> standoffJson;
        private final Object corpus;
        private final byte[][] files;
        private final Object[] documents;
        private final Object[] records;
        private final long bytes;

        Build(Path jar, String shape) throws Exception {
            this.loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> corpusClass = loader.loadClass(FormatCorpus.class.getName());
            this.corpus = corpusClass.getDeclaredConstructor().newInstance();
            corpusClass.getField("shape").set(corpus, shape);
            corpusClass.getMethod("setUp").invoke(corpus);
            Field filesField = corpusClass.getDeclaredField("files");
            filesField.setAccessible(true);
            this.files = (byte[][]) filesField.get(corpus);
            this.documents = (Object[]) field(corpusClass, "documents");
            this.records = (Object[]) field(corpusClass, "records");
            long total = 0;
            for (byte[] file : files) {
                total += file.length;
            }
            this.bytes = total;
            this.readResult = loader.loadClass("org.standoff.corpus.standoff.ReadResult");
            this.standoffJson = loader.loadClass("org.standoff.corpus.standoff.StandoffJson");
        }

        private Object field(Class<?> corpusClass, String name) throws ReflectiveOperationException {
            Field field = corpusClass.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(corpus);
        }

        /** The canonical writer, the file layout, into one reused byte buffer. */
        Pass writer() throws ReflectiveOperationException {
            Class<?> document = loader.loadClass("org.standoff.core.model.Document");
            Class<?> options = loader.loadClass("org.standoff.corpus.standoff.WriterOptions");
            Object defaults = options.getField("DEFAULTS").get(null);
            MethodHandle write = MethodHandles.publicLookup().findStatic(standoffJson, "write",
                    MethodType.methodType(void.class, document, java.io.OutputStream.class, options));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
            return () -> {
                out.reset();
                for (Object d : documents) {
                    write.invoke(d, out, defaults);
                }
                return out.size();
            };
        }

        /** Jackson databind writing the build's plain records into one reused byte buffer. */
        Pass writeRecords() throws Exception {
            Field mapperField = loader.loadClass(FormatCorpus.class.getName()).getDeclaredField("MAPPER");
            mapperField.setAccessible(true);
            Object mapper = mapperField.get(null);
            Method writeValue = mapper.getClass().getMethod("writeValue", java.io.OutputStream.class, Object.class);
            MethodHandle write = MethodHandles.publicLookup().unreflect(writeValue).bindTo(mapper);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
            return () -> {
                out.reset();
                for (Object r : records) {
                    write.invoke(out, r);
                }
                return out.size();
            };
        }

        Pass fromArray(boolean validate) throws ReflectiveOperationException {
            Class<?> optionsType = loader.loadClass("org.standoff.corpus.standoff.ReaderOptions");
            Object options = optionsType.getMethod("withValidate", boolean.class)
                    .invoke(optionsType.getField("DEFAULTS").get(null), validate);
            MethodHandle read = MethodHandles.insertArguments(MethodHandles.publicLookup().findStatic(standoffJson, "read",
                    MethodType.methodType(readResult, byte[].class, String.class, optionsType)), 2, options);
            return () -> {
                long n = 0;
                for (byte[] file : files) {
                    n += read.invoke(file, "bench") != null ? 1 : 0;
                }
                return n;
            };
        }

        Pass fromStream() throws ReflectiveOperationException {
            MethodHandle read = MethodHandles.publicLookup().findStatic(standoffJson, "read",
                    MethodType.methodType(readResult, InputStream.class, String.class));
            return () -> {
                long n = 0;
                for (byte[] file : files) {
                    n += read.invoke(new ByteArrayInputStream(file), "bench") != null ? 1 : 0;
                }
                return n;
            };
        }

        /** Jackson databind into the build's plain records, as {@code StandoffRead.jacksonRecords} reads them. */
        Pass records() throws Exception {
            Field mapperField = loader.loadClass(FormatCorpus.class.getName()).getDeclaredField("MAPPER");
            mapperField.setAccessible(true);
            Object mapper = mapperField.get(null);
            Class<?> type = loader.loadClass(WireDocument.class.getName());
            Method readValue = mapper.getClass().getMethod("readValue", byte[].class, Class.class);
            MethodHandle read = MethodHandles.publicLookup().unreflect(readValue).bindTo(mapper);
            return () -> {
                long n = 0;
                for (byte[] file : files) {
                    n += read.invoke(file, type) != null ? 1 : 0;
                }
                return n;
            };
        }
    }
}

package org.standoff.bench.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.standoff.core.model.Document;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.uima.CasJsonFormat;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Standoff JSON next to its peers on the shipped article, in one JVM: our reader and writer, Apache
 * UIMA's JSON CAS (uimaj-io-json) and XMI (uimaj-core) deserializer and serializer of the same
 * annotations (the article exported as CAS JSON by {@link CasJsonFormat}, then read into a UIMA
 * CAS), and Jackson's {@code readTree} and databind records of our bytes. Each operation reads or
 * writes the whole article once; they run in {@link Turns}. The figure to read is documents
 * per CPU second, and each operation's ratio to ours.
 *
 * <pre>{@code
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.standoff.bench.format.UimaCompared 20
 * }</pre>
 *
 * The argument is the measured CPU seconds per operation (default 10).
 */
public final class UimaCompared {
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UimaCompared() {
    }

    /** One operation on the article; returns something that depends on the work. */
    private interface Op extends Turns.Op {
    }

    private record Measured(String group, String name, Op op, int bytes) {
    }

    public static void main(String[] args) throws Throwable {
        long budget = (args.length > 0 ? Long.parseLong(args[0]) : 10) * 1_000_000_000L;
        Document article = Corpus.shipped().documents().get(0);
        byte[] standoff = StandoffJson.toBytes(article, WriterOptions.DEFAULTS);
        String casJson = new CasJsonFormat().write(List.of(article), ExportOptions.DEFAULTS).files().get(0).content();
        CAS cas = CasCreationUtils.createCas(typeSystem(casJson), null, null);
        new JsonCas2Deserializer().deserialize(new ByteArrayInputStream(casJson.getBytes(StandardCharsets.UTF_8)), cas);
        byte[] uimaJson = uimaJson(cas);
        byte[] xmi = xmi(cas);
        CAS target = CasCreationUtils.createCas(typeSystem(casJson), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

        List<Measured> ops = new ArrayList<>();
        ops.add(new Measured("read", "Standoff JSON: StandoffJson.read(byte[]), every check", () ->
                StandoffJson.read(standoff, "article").document().annotations().size(), standoff.length));
        ops.add(new Measured("read", "UIMA JSON CAS: JsonCas2Deserializer into a reset CAS", () -> {
            target.reset();
            new JsonCas2Deserializer().deserialize(new ByteArrayInputStream(uimaJson), target);
            return target.getAnnotationIndex().size();
        }, uimaJson.length));
        ops.add(new Measured("read", "UIMA XMI: XmiCasDeserializer into a reset CAS", () -> {
            target.reset();
            XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi), target);
            return target.getAnnotationIndex().size();
        }, xmi.length));
        ops.add(new Measured("read", "Jackson readTree of the Standoff JSON bytes", () ->
                MAPPER.readTree(standoff).size(), standoff.length));
        ops.add(new Measured("read", "Jackson databind of the Standoff JSON bytes into records", () ->
                MAPPER.readValue(standoff, WireDocument.class) != null ? 1 : 0, standoff.length));
        WireDocument record = MAPPER.readValue(standoff, WireDocument.class);
        ops.add(new Measured("write", "Standoff JSON: StandoffJson.write(Document, OutputStream)", () -> {
            out.reset();
            StandoffJson.write(article, out, WriterOptions.DEFAULTS);
            return out.size();
        }, standoff.length));
        ops.add(new Measured("write", "UIMA JSON CAS: JsonCas2Serializer", () -> {
            out.reset();
            new JsonCas2Serializer().serialize(cas, out);
            return out.size();
        }, uimaJson.length));
        ops.add(new Measured("write", "UIMA XMI: XmiCasSerializer", () -> {
            out.reset();
            XmiCasSerializer.serialize(cas, out);
            return out.size();
        }, xmi.length));
        ops.add(new Measured("write", "Jackson databind writing the same records", () -> {
            out.reset();
            MAPPER.writeValue(out, record);
            return out.size();
        }, standoff.length));

        System.out.printf("the shipped article: %,d characters, %,d annotations; Standoff JSON %,d bytes, UIMA JSON CAS %,d,"
                + " XMI %,d%n%n", article.text().length(), article.annotations().size(), standoff.length, uimaJson.length, xmi.length);
        measure(ops, budget);
    }

    private static void measure(List<Measured> measured, long budget) throws Throwable {
        List<Turns.Op> ops = new ArrayList<>();
        measured.forEach(m -> ops.add(m.op()::run));
        double[] rates = Turns.perCpuSecond(ops, WARM_UP_NANOS, budget);
        double ours = 0;
        String group = "";
        for (int k = 0; k < measured.size(); k++) {
            Measured m = measured.get(k);
            if (!m.group.equals(group)) {
                group = m.group;
                ours = rates[k];
                System.out.printf("%-62s %12s %10s %12s%n", group, "docs/cpu-s", "MB/cpu-s", "ours / this");
            }
            System.out.printf("  %-60s %12.0f %10.1f %11.2fx%n", m.name, rates[k], rates[k] * m.bytes / 1e6, ours / rates[k]);
        }
    }

    /** The type system a CAS JSON text declares in {@code %TYPES} ({@code X[]} ranges become FSArrays of X). */
    private static TypeSystemDescription typeSystem(String casJson) throws Exception {
        JsonNode types = MAPPER.readTree(casJson).path("%TYPES");
        TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.properties().forEach(type -> {
            TypeDescription description = tsd.addType(type.getKey(), "", type.getValue().path("%SUPER_TYPE").asText());
            type.getValue().properties().forEach(f -> {
                if (f.getKey().startsWith("%")) {
                    return;
                }
                String range = f.getValue().path("%RANGE").asText();
                if (f.getValue().has("%ELEMENT_TYPE")) {
                    description.addFeature(f.getKey(), "", range, f.getValue().get("%ELEMENT_TYPE").asText(), false);
                } else if (range.endsWith("[]")) {
                    description.addFeature(f.getKey(), "", CAS.TYPE_NAME_FS_ARRAY, range.substring(0, range.length() - 2), false);
                } else {
                    description.addFeature(f.getKey(), "", range);
                }
            });
        });
        return tsd;
    }

    private static byte[] uimaJson(CAS cas) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonCas2Serializer().serialize(cas, out);
        return out.toByteArray();
    }

    private static byte[] xmi(CAS cas) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiCasSerializer.serialize(cas, out);
        return out.toByteArray();
    }
}

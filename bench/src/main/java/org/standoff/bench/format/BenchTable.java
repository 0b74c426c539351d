package org.standoff.bench.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * Turns a JMH JSON result file of {@link StandoffRead} and {@link StandoffWrite} into the Markdown
 * table of docs/BENCHMARKS.md: MB/s ± the 99.9% error (ops/s × corpus MB) and the ratios to the
 * baselines of the same run.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.standoff.bench.format.BenchTable result.json}</pre>
 */
public final class BenchTable {
    private BenchTable() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args.length > 0 ? args[0] : "jmh-result.json").toFile());
        Map<String, Double> megabytes = new LinkedHashMap<>();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText().replace("org.standoff.bench.format.", "");
            String shape = result.get("params").get("shape").asText();
            double mb = megabytes.computeIfAbsent(shape, BenchTable::megabytes);
            JsonNode metric = result.get("primaryMetric");
            double error = metric.get("scoreError").asDouble();
            scores.put(name + " " + shape, new double[] {metric.get("score").asDouble() * mb,
                Double.isNaN(error) ? 0 : error * mb});
        }
        megabytes.forEach((shape, mb) -> System.out.printf(Locale.ROOT, "corpus %s: %.2f MB%n", shape, mb));
        System.out.println();
        System.out.println("| benchmark | shape | MB/s | ± (99.9%) | vs databind records | vs token pass |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        scores.forEach((key, score) -> {
            String[] parts = key.split(" ");
            String kind = parts[0].substring(0, parts[0].indexOf('.'));
            double[] records = scores.get(kind + ".jacksonRecords " + parts[1]);
            double[] tokens = scores.get("StandoffRead.jacksonTokens " + parts[1]);
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %s | %s |%n", parts[0], parts[1], score[0], score[1],
                    records == null ? "" : String.format(Locale.ROOT, "%.2f", score[0] / records[0]),
                    tokens == null || !kind.equals("StandoffRead") ? "" : String.format(Locale.ROOT, "%.2f", score[0] / tokens[0]));
        });
    }

    private static double megabytes(String shape) {
        long bytes = 0;
        for (Document document : FormatCorpus.generate(shape)) {
            bytes += StandoffJson.toJson(document).getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes / 1e6;
    }
}

package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.server.Fixtures;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

class AgreeCommandTest {
    @TempDir
    Path dir;

    static final Document GOLD = Fixtures.article();

    static Document edited() {
        return Fixtures.articleCopyEdited();
    }

    private Path write(String name, Document document) throws Exception {
        Path file = dir.resolve(name + ".standoff.json");
        StandoffJson.write(document, file, WriterOptions.DEFAULTS);
        return file;
    }

    @Test
    void tablesAndDiffForTwoCopies() throws Exception {
        Path ana = write("ana", GOLD);
        Path ben = write("ben", edited());
        CommandRun run = CommandRun.of("agree", ana.toString(), ben.toString(), "--diff");
        assertThat(run.exitCode()).as(run.err()).isZero();
        int q = GOLD.quotes().size();
        int m = GOLD.mentions().size();
        assertThat(run.out()).startsWith("annotators: ana, ben; text: " + GOLD.text().length() + " characters");
        String ratio = String.format(java.util.Locale.ROOT, "%.3f", (q - 1.0) / q);
        assertThat(lines(run.out())).contains(
                "Quote ana–ben exact " + q + " " + q + " " + (q - 1) + " " + ratio + " " + ratio + " " + ratio,
                "Quote ana–ben overlap " + q + " " + q + " " + q + " 1.000 1.000 1.000",
                "Mention mentionType cohen ana–ben " + m + " " + String.format(java.util.Locale.ROOT, "%.3f", (m - 1.0) / m)
                        + " " + String.format(java.util.Locale.ROOT, "%.3f", kappaExpected()) + " "
                        + String.format(java.util.Locale.ROOT, "%.3f", ((m - 1.0) / m - kappaExpected()) / (1 - kappaExpected())));
        assertThat(run.out()).contains("disagreements: 3");
        assertThat(run.out()).contains("Mention\tCATEGORY\tana:" + GOLD.mentions().get(0).id().value());
        assertThat(run.out()).contains("Quote\tBOUNDARY\tana:" + GOLD.quotes().get(0).id().value());
        assertThat(run.out()).contains("Attribution\tCONTENT\t");
    }

    /** The table's lines with runs of spaces made one. */
    private static List<String> lines(String out) {
        return out.lines().map(line -> line.trim().replaceAll(" +", " ")).toList();
    }

    /** Chance agreement on mention types when one LIST mention of the article becomes NOMINAL in the second copy. */
    private static double kappaExpected() {
        java.util.Map<MentionType, Integer> a = new java.util.EnumMap<>(MentionType.class);
        java.util.Map<MentionType, Integer> b = new java.util.EnumMap<>(MentionType.class);
        List<Mention> mentions = GOLD.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            a.merge(mentions.get(i).mentionType(), 1, Integer::sum);
            b.merge(i == 0 ? MentionType.NOMINAL : mentions.get(i).mentionType(), 1, Integer::sum);
        }
        double n = mentions.size();
        double expected = 0;
        for (MentionType t : MentionType.values()) {
            expected += a.getOrDefault(t, 0) * (double) b.getOrDefault(t, 0) / (n * n);
        }
        return expected;
    }

    @Test
    void jsonGivesTheSameFigures() throws Exception {
        Path ana = write("ana", GOLD);
        Path ben = write("ben", edited());
        CommandRun run = CommandRun.of("agree", "--json", ana.toString(), ben.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("annotators").toString()).isEqualTo("[\"ana\",\"ben\"]");
        JsonNode quoteExact = json.get("spans").get(2);
        assertThat(quoteExact.get("layer").asText()).isEqualTo("Quote");
        assertThat(quoteExact.get("matching").asText()).isEqualTo("EXACT");
        assertThat(quoteExact.get("matched").asInt()).isEqualTo(GOLD.quotes().size() - 1);
        assertThat(json.get("disagreements")).hasSize(3);
        JsonNode boundary = json.get("disagreements").get(1);
        assertThat(boundary.get("kind").asText()).isIn("BOUNDARY", "CATEGORY", "CONTENT");
        assertThat(json.get("kappas").get(0).get("kappa").isNumber()).isTrue();
        assertThat(json.get("alphas").get(0).get("categories")).isNotEmpty();
    }

    @Test
    void copiesOfDifferentTextsAreRefused() throws Exception {
        Path ana = write("ana", GOLD);
        Path other = write("other", Document.builder(GOLD.id(), "Another text.").build());
        CommandRun run = CommandRun.of("agree", ana.toString(), other.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has another text");
    }

    @Test
    void anUnreadableFileIsNamed() throws Exception {
        Path ana = write("ana", GOLD);
        Path broken = dir.resolve("broken.standoff.json");
        Files.writeString(broken, "{\"format\": \"standoff/1\", ");
        CommandRun run = CommandRun.of("agree", ana.toString(), broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.standoff.json");
    }

    @Test
    void oneFileIsNotEnough() {
        CommandRun run = CommandRun.of("agree", "a.standoff.json");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}

package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.jsonl.JsonlCorpus;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffDirectory;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;

/** {@code standoff convert} on real files: pairing, directories, JSON Lines, options, summary, exit codes. */
class ConvertCommandTest {
    private static final Document ARTICLE = Corpus.shipped().documents().get(0);

    @TempDir
    Path directory;

    private Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theShippedArticleConvertsToBratWithASummaryOfItsLosses() throws IOException {
        Path in = write("article.standoff.json", StandoffJson.toJson(ARTICLE));
        Path out = directory.resolve("brat");

        CommandRun run = CommandRun.of("convert", "--from", "standoff", "--to", "brat", in.toString(), out.toString(),
                "--messages", "1");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("converted 1 document(s) from standoff (1 input(s)) to brat: 3 file(s) in " + out + "\n"
                + "1399 warning(s), 0 error(s)\n"
                + "  export.loss        1398\n"
                + "  export.renumbered  1\n"
                + "first 1 of 1399:\n"
                + "  WARNING export.loss (cl2): claimant e-author has no written mention (e.g. the AUTHOR); the claimant is lost\n");
        assertThat(names(out)).containsExactly("annotation.conf", "putin-jiang-friendship-treaty-2001.ann",
                "putin-jiang-friendship-treaty-2001.txt");
        assertThat(Files.readString(out.resolve("putin-jiang-friendship-treaty-2001.ann")).lines().limit(3))
                .containsExactly("T1\tSegment-BOILERPLATE 0 62\tGet the latest updates as we post them \u2014 right on your browser",
                        "T2\tSegment-BOILERPLATE 64 90\t. Last Updated: 07/27/2016",
                        "T3\tSegment-HEADLINE 92 123\tPutin, Jiang Call For New Order");
        assertThat(Files.readString(out.resolve("putin-jiang-friendship-treaty-2001.txt"))).isEqualTo(ARTICLE.text());
    }

    @Test
    void aDirectoryOfBratFilesIsPairedRecursivelyWithTheNearestConf() throws IOException {
        write("corpus/annotation.conf", "[entities]\nPerson\n[relations]\n[events]\n[attributes]\n");
        write("corpus/a.txt", "Ana said so.");
        write("corpus/a.ann", "T1\tPerson 0 3\tAna\n");
        write("corpus/sub/b.txt", "Bo left.");
        write("corpus/sub/b.ann", "T1\tPerson 0 2\tBo\n");
        write("corpus/notes.md", "not a document");
        Path out = directory.resolve("out");

        CommandRun run = CommandRun.of("convert", "--from", "brat", "--to", "standoff", directory.resolve("corpus").toString(),
                out.toString());

        assertThat(run.out()).isEqualTo("converted 2 document(s) from brat (2 input(s)) to standoff: 2 file(s) in " + out
                + "\n0 warning(s), 0 error(s)\n");
        assertThat(run.exitCode()).isEqualTo(0);
        List<ReadResult> read = StandoffDirectory.readAll(out);
        assertThat(read).extracting(r -> r.document().id()).containsExactly("a", "b");
        assertThat(read).allSatisfy(r -> assertThat(r.document().schema().layers()).isNotEmpty());
        assertThat(read.get(1).document().genericSpans()).singleElement()
                .satisfies(s -> assertThat(s.label()).isEqualTo("Person"));
    }

    @Test
    void aBratDocumentWithoutItsTextIsAUsageFailure() throws IOException {
        Path ann = write("a.ann", "T1\tPerson 0 3\tAna\n");

        CommandRun run = CommandRun.of("convert", "--from", "brat", "--to", "standoff", ann.toString(),
                directory.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("standoff convert: cannot read the input: a brat document needs a.txt and a.ann side by"
                + " side in " + directory.toAbsolutePath() + "\n");
    }

    @Test
    void aCorpusGoesToGzippedJsonLinesAndBack() throws IOException {
        write("docs/jiang.standoff.json", StandoffJson.toJson(Fixtures.jiang()));
        write("docs/more/emoji.standoff.json", StandoffJson.toJson(Fixtures.emoji()));
        Path jsonl = directory.resolve("corpus.jsonl.gz");

        CommandRun there = CommandRun.of("convert", "--from", "standoff", "--to", "jsonl", directory.resolve("docs").toString(),
                jsonl.toString());
        CommandRun back = CommandRun.of("convert", "--from", "jsonl", "--to", "standoff", jsonl.toString(),
                directory.resolve("back").toString());

        assertThat(there.out()).isEqualTo("converted 2 document(s) from standoff (2 input(s)) to jsonl: 1 file(s) in " + jsonl
                + "\n0 warning(s), 0 error(s)\n");
        try (Stream<ReadResult> results = JsonlCorpus.read(jsonl)) {
            assertThat(results.map(ReadResult::document)).containsExactly(Fixtures.jiang(), Fixtures.emoji());
        }
        assertThat(back.exitCode()).isEqualTo(0);
        assertThat(names(directory.resolve("back"))).containsExactly("emoji.standoff.json", "jiang.standoff.json");
        assertThat(StandoffJson.read(directory.resolve("back/emoji.standoff.json")).document()).isEqualTo(Fixtures.emoji());
    }

    @Test
    void w3cReadsTheTextFileAndLabelStudioWritesPredictions() throws IOException {
        Path text = write("page.txt", "\uFEFF" + Fixtures.EMOJI);
        Path w3c = write("a.json", "{\"id\": \"a1\", \"type\": \"Annotation\", \"target\": {\"source\": \"x\", \"selector\":"
                + " {\"type\": \"TextQuoteSelector\", \"exact\": \"Bo\"}}}");
        Path out = directory.resolve("ls");

        CommandRun run = CommandRun.of("convert", "--from", "w3c", "--to", "labelstudio", "--predictions", "--text",
                text.toString(), w3c.toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("converted 1 document(s) from w3c (1 input(s)) to labelstudio: 1 file(s) in " + out)
                .contains("  text.bom-stripped  1\n")
                .contains("WARNING text.bom-stripped page.txt:1:1: a leading byte-order mark (U+FEFF) was stripped");
        String tasks = Files.readString(names(out).stream().map(out::resolve).findFirst().orElseThrow());
        assertThat(tasks).contains("\"predictions\" : [ {").contains("\"start\" : 34,\n        \"end\" : 36,\n        \"text\" : \"Bo\"");
    }

    @Test
    void aStatedUnitIsUsedAsItIsAndErrorsGiveExitCodeOne() throws IOException {
        write("c.txt", "Caf\u00e9 Bo");
        write("c.ann", "T1\tPerson 5 7\tBo\n");

        CommandRun run = CommandRun.of("convert", "--from", "brat", "--to", "standoff", "--offset-unit", "utf8",
                directory.resolve("c.ann").toString(), directory.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("1 warning(s), 1 error(s)\n  offset.unit-hint  1\n  text.mismatch     1\n")
                .contains("ERROR text.mismatch c.ann:1:1 (T1): expected \"Bo\", found \" B\" at [5, 7) (utf8)");
    }

    @Test
    void unknownFormatsAndMissingInputsAreUsageFailures() {
        CommandRun unknown = CommandRun.of("convert", "--from", "tei", "--to", "brat", "in", "out");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("standoff convert: unknown format \"tei\"; formats that import: brat, doccano, jsonl,"
                + " labelstudio, standoff, uima-json, w3c\n");
        CommandRun conll = CommandRun.of("convert", "--from", "conll", "--to", "brat", "in", "out");
        assertThat(conll.err()).startsWith("standoff convert: the format conll cannot import;");
        CommandRun missing = CommandRun.of("convert", "--from", "brat", "--to", "conll", directory.resolve("nope").toString(), "out");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("standoff convert: cannot read " + directory.resolve("nope")
                + ": no such file or directory\n");
        assertThat(CommandRun.of("convert", "--from", "brat", "--to", "conll", "--offset-unit", "bytes", "in", "out").err())
                .contains("unknown offset unit \"bytes\" (expected codepoint, utf16 or utf8)");
    }

    @Test
    void largeInputsShowAProgressBarUnlessQuiet() throws IOException {
        for (int i = 0; i < 21; i++) {
            write("many/d" + i + ".standoff.json", StandoffJson.toJson(Fixtures.emoji().toBuilder().id("d" + i).build()));
        }
        String in = directory.resolve("many").toString();

        CommandRun shown = CommandRun.of("convert", "--from", "standoff", "--to", "conll", "--progress", in,
                directory.resolve("a").toString());
        CommandRun quiet = CommandRun.of("convert", "--from", "standoff", "--to", "conll", "--progress", "--quiet", in,
                directory.resolve("b").toString());
        CommandRun notATerminal = CommandRun.of("convert", "--from", "standoff", "--to", "conll", in,
                directory.resolve("c").toString());

        assertThat(shown.err()).startsWith("\rConverting").contains("21 document(s)").endsWith("\n");
        assertThat(quiet.err()).isEmpty();
        assertThat(notATerminal.err()).isEmpty();
        assertThat(notATerminal.out()).startsWith("converted 21 document(s) from standoff (21 input(s)) to conll: 1 file(s)");
    }
}

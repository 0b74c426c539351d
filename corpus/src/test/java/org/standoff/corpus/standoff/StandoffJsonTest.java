package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.text.OffsetUnit;

/** Reading and writing the worked example, offset units, unknown fields and sidecar text. */
class StandoffJsonTest {
    private static final Path GOLDEN = Path.of("src/test/resources/standoff/good/jiang.standoff.json");

    @Test
    void theWriterProducesTheGoldenFileByteForByte() throws IOException {
        assertThat(StandoffJson.toJson(Examples.jiang())).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void readingTheGoldenFileGivesTheDocumentAndWritingItBackIsByteIdentical() throws IOException {
        ReadResult result = StandoffJson.read(GOLDEN);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document()).isEqualTo(Examples.jiang());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StandoffJson.write(result.document(), out, WriterOptions.DEFAULTS);
        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(GOLDEN));
    }

    @Test
    void utf8OffsetsOfAnAstralTextConvertExactly() {
        String text = "\uD83D\uDE00 Zo\u00EB said \u4E2D";
        Document document = Document.builder("d", text).add(Mention.of("m1", 3, 7, MentionType.NAME, null)).build();

        String utf8 = StandoffJson.toJson(document, WriterOptions.DEFAULTS.withOffsetUnit(OffsetUnit.UTF8));
        String codepoints = StandoffJson.toJson(document);

        assertThat(utf8).contains("\"offsetUnit\": \"utf8\"").contains("\"start\": 5, \"end\": 10, \"text\": \"Zo\u00EB \"");
        assertThat(codepoints).contains("\"start\": 2, \"end\": 6");
        assertThat(StandoffJson.fromJson(utf8).document()).isEqualTo(document);
        assertThat(StandoffJson.fromJson(codepoints).document()).isEqualTo(document);
    }

    @Test
    void unknownFieldsSurviveAndAreWrittenAfterTheKnownOnes() {
        ReadResult result = StandoffJson.read(BadInputs.DIRECTORY.resolve("79-unknown-fields-survive.json"));
        String written = StandoffJson.toJson(result.document());

        assertThat(result.document().unknownFields().of("")).containsEntry("x-note", "{\"a\":[1,2.5,\"z\"]}");
        assertThat(result.document().unknownFields().of("m1")).containsEntry("x-score", "10000000000.0");
        assertThat(written).contains("\"entity\": \"e1\", \"x-score\": 10000000000.0}")
                .endsWith("\"x-note\": {\"a\": [1, 2.5, \"z\"]}\n}\n");
        assertThat(StandoffJson.toJson(StandoffJson.fromJson(written).document())).isEqualTo(written);
    }

    @Test
    void numbersInUnknownFieldsKeepTheirExactText() {
        String json = StandoffJson.toJson(Examples.jiang()).replace("\n}\n", ",\n  \"x\": [1e400, 0.10, -0]\n}\n");

        Document document = StandoffJson.fromJson(json).document();

        assertThat(StandoffJson.toJson(document)).isEqualTo(json);
    }

    @Test
    void textCanLiveInAVerifiedSidecarFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("jiang.standoff.json");
        StandoffJson.write(Examples.jiang(), file, WriterOptions.DEFAULTS.withTextRef("text/jiang.txt"));

        assertThat(directory.resolve("text/jiang.txt")).hasContent(Examples.JIANG_TEXT);
        assertThat(Files.readString(file)).contains("\"textRef\": {\"path\": \"text/jiang.txt\", \"sha256\": \"")
                .doesNotContain("\n  \"text\": ");
        ReadResult result = StandoffJson.read(file);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document()).isEqualTo(Examples.jiang());

        Files.writeString(directory.resolve("text/jiang.txt"), Examples.JIANG_TEXT + " ");
        assertThat(StandoffJson.read(file).diagnostics()).extracting(d -> d.code()).containsExactly("textref.mismatch");
    }

    @Test
    void sidecarTextNeedsABaseDirectoryWhenReadFromAStream(@TempDir Path directory) throws IOException {
        String json = StandoffJson.toJson(Examples.jiang(), WriterOptions.DEFAULTS.withTextRef("jiang.txt"));
        Files.writeString(directory.resolve("jiang.txt"), Examples.JIANG_TEXT);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        ReadResult without = StandoffJson.read(new ByteArrayInputStream(bytes), "stdin");
        ReadResult with = StandoffJson.read(new ByteArrayInputStream(bytes), "stdin",
                ReaderOptions.DEFAULTS.withBaseDirectory(directory));

        assertThat(without.diagnostics()).extracting(d -> d.code()).containsExactly("textref.path");
        assertThat(without.document()).isNull();
        assertThat(with.document()).isEqualTo(Examples.jiang());
    }

    @Test
    void fieldsMayComeInAnyOrder() {
        String json = "{\"mentions\": [{\"start\": 2, \"end\": 5, \"mentionType\": \"NAME\", \"id\": \"m1\", \"text\": \"Zo\u00EB\"}],"
                + " \"text\": \"\uD83D\uDE00 Zo\u00EB\", \"offsetUnit\": \"codepoint\", \"id\": \"d\", \"format\": \"standoff/1\"}";

        ReadResult result = StandoffJson.fromJson(json);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document().mentions().get(0).span().start()).isEqualTo(3);
    }

    @Test
    void aDocumentWhoseSpanCutsASurrogatePairCannotBeWrittenInCodePoints() {
        Document document = Document.builder("d", "\uD83D\uDE00").add(Mention.of("m1", 1, 2, MentionType.NAME, null)).build();

        assertThatThrownBy(() -> StandoffJson.toJson(document)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot write m1 in codepoint");
    }

    @Test
    void optionsRejectBadValues() {
        assertThatThrownBy(() -> ReaderOptions.DEFAULTS.withMaxNestingDepth(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WriterOptions.DEFAULTS.withTextRef("../x.txt")).isInstanceOf(IllegalArgumentException.class);
    }
}

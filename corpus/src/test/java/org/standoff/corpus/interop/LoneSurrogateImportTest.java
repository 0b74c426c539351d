package org.standoff.corpus.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standoff.core.model.Document;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * A lone surrogate can reach a JSON importer only through a {@code \\ud800} escape (or the bytes of
 * an encoded surrogate), and a brat file only as bytes that are not UTF-8. Every importer refuses
 * such a file with a diagnostic naming where the surrogate is, and imports nothing from it: a
 * document with {@code ?} or U+FFFD in place of the surrogate would silently differ from its
 * source.
 */
class LoneSurrogateImportTest {
    private static final String TEXT = "Putin said peace.";
    private static final byte[] ENCODED_SURROGATE = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};

    private static Document document() {
        return Document.builder("doc-1", TEXT)
                .add(new GenericSpan(GenericSpanId.of("s1"), "ner", "PERSON", Extent.of(0, 5), Map.of(), null))
                .build();
    }

    /** Every importing format other than standoff JSON and JSON Lines (the standoff reader's own tests cover those). */
    static Stream<Arguments> importers() {
        return Formats.all().stream()
                .filter(DocumentFormat::canImport)
                .filter(format -> format.canExport())
                .filter(format -> !format.name().equals("standoff") && !format.name().equals("jsonl"))
                .flatMap(format -> Stream.of(
                        Arguments.of(format.name(), "PERSON", "PER\\ud800SON"),
                        Arguments.of(format.name(), "Putin", "Pu\\udc00tin")));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("importers")
    void aLoneSurrogateEscapeRefusesTheFile(String formatName, String from, String to) {
        DocumentFormat format = Formats.byName(formatName).orElseThrow();
        List<SourceFile> files = format.write(List.of(document()), ExportOptions.DEFAULTS).files().stream()
                .map(file -> SourceFile.of(file.name(), file.content()))
                .toList();
        // a W3C file anchors its selectors in a text it does not hold
        ImportOptions options = formatName.equals("w3c") ? new ImportOptions(null, TEXT, null) : ImportOptions.DEFAULTS;
        ImportResult clean = format.read(files, options);
        assertThat(clean.documents()).as("the clean export imports").hasSize(1);

        List<SourceFile> hostile = files.stream().map(file -> inject(formatName, file, from, to)).toList();
        ImportResult result = format.read(hostile, options);

        List<String> codes = result.diagnostics().stream().map(Diagnostic::code).toList();
        if (formatName.equals("brat")) {
            // FORMATS.md rule 1: bytes that are not UTF-8 are an error naming their offset, decoded as U+FFFD
            assertThat(codes).contains("text.encoding");
            assertThat(result.documents()).allSatisfy(d -> assertThat(OffsetIndex.firstLoneSurrogate(d.text())).isEqualTo(-1));
        } else {
            assertThat(result.documents()).isEmpty();
            assertThat(codes).contains("string.unpaired-surrogate");
            Diagnostic first = result.diagnostics().stream()
                    .filter(d -> d.code().equals("string.unpaired-surrogate")).findFirst().orElseThrow();
            assertThat(first.location().pointer()).isNotEmpty();
            assertThat(first.message()).contains("unpaired surrogate U+D");
        }
    }

    /** {@code to} in place of {@code from}: as JSON escape text in JSON files, as encoded-surrogate bytes elsewhere. */
    private static SourceFile inject(String formatName, SourceFile file, String from, String to) {
        String content = new String(file.content(), StandardCharsets.UTF_8);
        if (!content.contains(from)) {
            return file;
        }
        if (!formatName.equals("brat")) {
            return SourceFile.of(file.name(), content.replace(from, to));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] parts = content.split(from, -1);
        for (int i = 0; i < parts.length; i++) {
            bytes.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i + 1 < parts.length) {
                bytes.writeBytes(from.substring(0, 2).getBytes(StandardCharsets.UTF_8));
                bytes.writeBytes(ENCODED_SURROGATE);
                bytes.writeBytes(from.substring(2).getBytes(StandardCharsets.UTF_8));
            }
        }
        return new SourceFile(file.name(), bytes.toByteArray());
    }
}

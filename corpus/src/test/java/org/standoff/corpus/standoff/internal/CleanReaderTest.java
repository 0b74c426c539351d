package org.standoff.corpus.standoff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standoff.corpus.standoff.internal.CleanReaderCheck.assertSound;
import static org.standoff.corpus.standoff.internal.CleanReaderCheck.fast;
import static org.standoff.corpus.standoff.internal.CleanReaderCheck.precise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.model.UnknownFields;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * The reader's fast path ({@link CleanReader}) against its precise decoders on fixed inputs: the
 * malformed and well-formed test files, the shipped gold article, and targeted cases of what the
 * fast path must accept and what it must decline. Every case checks soundness (see
 * {@link CleanReaderCheck#assertSound(String)}); the random side is {@link CleanReaderProperties}.
 */
class CleanReaderTest {
    private static final Path BAD = Path.of("src/test/resources/standoff/bad");
    private static final Path GOOD = Path.of("src/test/resources/standoff/good");
    private static final String GOLD = "/org/standoff/corpus/gold/putin-jiang-2001.standoff.json";

    /** The document fields before the span arrays of most cases; the text is {@code Ann met Bob.} */
    private static final String HEAD = "'format': 'standoff/1', 'id': 'd', 'offsetUnit': 'codepoint', 'text': 'Ann met Bob.'";
    private static final String MENTION = "{'id': 'm1', 'start': 0, 'end': 3, 'text': 'Ann', 'mentionType': 'NAME'}";

    // ---- (a) the test files ----

    /** Every malformed and well-formed test file is read soundly, as bytes and as characters. */
    @TestFactory
    Stream<DynamicTest> everyTestFileIsReadSoundly() {
        return Stream.concat(files(BAD), files(GOOD)).map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            assertSound(bytes, file.toString());
            assertSound(new String(bytes, StandardCharsets.UTF_8));
        }));
    }

    /**
     * The fast path declines every malformed file for which the precise path reports anything, with
     * validation on or off: read as characters, and read as bytes where the reader would try it
     * (bytes that pass its encoding screen; the fast path alone on other bytes is the subject of
     * {@link #rawBytesThatAreNotPlainUtf8AreDeclined}).
     */
    @TestFactory
    Stream<DynamicTest> everyBadFileWithDiagnosticsIsDeclined() {
        return files(BAD).map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            String chars = new String(bytes, StandardCharsets.UTF_8);
            for (boolean validate : new boolean[] {true, false}) {
                List<Diagnostic> diagnostics = precise(bytes, validate).diagnostics();
                if (!diagnostics.isEmpty() && CleanReaderCheck.passesTheEncodingScreen(bytes)) {
                    assertThat(fast(bytes, validate))
                            .as("the fast path accepted the bytes of %s (validate=%s), for which the precise path reports %s",
                                    file.getFileName(), validate, diagnostics)
                            .isNull();
                }
                List<Diagnostic> charDiagnostics = precise(chars, validate).diagnostics();
                if (!charDiagnostics.isEmpty()) {
                    assertThat(fast(chars, validate))
                            .as("the fast path accepted the characters of %s (validate=%s), for which the precise path reports %s",
                                    file.getFileName(), validate, charDiagnostics)
                            .isNull();
                }
            }
        }));
    }

    /**
     * {@link CleanReader} on a byte parser declines bytes that are not plain UTF-8, for which the
     * precise path reports {@code json.bom} or {@code json.encoding}.
     * Jackson's byte parser would skip a byte order mark, detect UTF-16 and decode overlong UTF-8,
     * so the fast path screens such bytes out before it parses.
     */
    @ParameterizedTest
    @ValueSource(strings = {"11-bom.json", "13-utf16-encoded.json", "14-overlong-utf8.json"})
    void rawBytesThatAreNotPlainUtf8AreDeclined(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(BAD.resolve(file));
        assertThat(precise(bytes, true).diagnostics()).extracting(Diagnostic::code).containsAnyOf("json.bom", "json.encoding");

        assertThat(fast(bytes, true)).as("the fast path's reading of the bytes of %s", file).isNull();
    }

    /**
     * {@link CleanReader} declines a number literal longer than the reader's limit
     * ({@code ReaderOptions.maxNumberLength}, 100 characters; a plain Jackson factory allows 1000),
     * for which the precise path reports {@code limit.number-length}: it parses with the reader's limits.
     */
    @ParameterizedTest
    @ValueSource(strings = {"'note': 1%s", "'provenance': [{'id': 'p1', 'agent': 'x', 'agentType': 'HUMAN', 'confidence': 0.%s}]"})
    void aNumberLongerThanTheReadersLimitIsDeclined(String field) {
        String json = doc(HEAD, String.format(field, "0".repeat(150)));
        assertThat(codes(precise(json, true))).containsExactly("limit.number-length");
        assertThat(StandoffJson.fromJson(json).diagnostics()).extracting(Diagnostic::code).containsExactly("limit.number-length");

        assertThat(fast(json, true)).as("the fast path's reading on a plain parser").isNull();
    }

    /** The checks above are not vacuous: the fast path does accept the clean malformed-corpus file. */
    @Test
    void theCleanFileOfTheBadCorpusIsAccepted() throws IOException {
        assertThat(fast(Files.readAllBytes(BAD.resolve("68-crlf-text-is-valid.json")), true)).isNotNull();
    }

    private static Stream<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            assertThat(list).as("files of %s", directory).isNotEmpty();
            return list.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- (b) the shipped gold article ----

    /** The shipped gold file is read soundly. */
    @Test
    void theGoldFileIsReadSoundly() {
        assertSound(gold());
    }

    /**
     * The shipped gold file, as shipped, is accepted by the fast path and equals the precise result
     * (four GROUP entities carry an unknown {@code "members"} field whose value is an array).
     */
    @Test
    void theGoldFileIsAcceptedAsShipped() {
        String json = gold();
        ReadResult precise = precise(json, true);
        assertThat(precise.diagnostics()).isEmpty();

        assertThat(fast(json, true)).as("the fast path's reading of the gold file").isEqualTo(precise.document());
    }

    /**
     * The gold document, rewritten canonically in each offset unit, is accepted by the fast path and
     * equals the precise result.
     */
    @ParameterizedTest
    @EnumSource(OffsetUnit.class)
    void theGoldDocumentRewrittenInEachUnitIsAccepted(OffsetUnit unit) {
        String json = StandoffJson.toJson(precise(gold(), true).document(), WriterOptions.DEFAULTS.withOffsetUnit(unit));
        ReadResult precise = precise(json, true);
        assertThat(precise.diagnostics()).isEmpty();

        assertThat(fast(json, true)).as("the fast path's reading of the gold document in %s", unit)
                .isEqualTo(precise.document());
        assertSound(json);
    }

    private static String gold() {
        try (InputStream in = CleanReaderTest.class.getResourceAsStream(GOLD)) {
            assertThat(in).as(GOLD).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- (c) targeted cases ----

    /** A covered text written before its span's offsets is checked all the same, and accepted when right. */
    @Test
    void aCoveredTextBeforeItsOffsetsIsAccepted() {
        Document document = accepted(doc(HEAD, "'mentions': [{'id': 'm1', 'text': 'Ann', 'start': 0, 'end': 3, 'mentionType': 'NAME'}]"));

        assertThat(document.mentions().get(0).extent()).isEqualTo(Extent.of(0, 3));
    }

    /** A wrong covered text written before its span's offsets is declined. */
    @Test
    void aWrongCoveredTextBeforeItsOffsetsIsDeclined() {
        declined(doc(HEAD, "'mentions': [{'id': 'm1', 'text': 'Anx', 'start': 0, 'end': 3, 'mentionType': 'NAME'}]"));
    }

    /** The document's text after a span array is declined (spans need the text first), though the input is clean. */
    @Test
    void theTextAfterTheMentionsIsDeclinedThoughClean() {
        String json = doc("'format': 'standoff/1', 'id': 'd', 'offsetUnit': 'codepoint'", "'mentions': [" + MENTION + "]",
                "'text': 'Ann met Bob.'");

        assertThat(declined(json).diagnostics()).isEmpty();
    }

    /**
     * Keys in any order inside every kind of object (and top-level fields other than the text and
     * unit in any order) are accepted, and give the document the model says.
     */
    @Test
    void shuffledKeysInsideAnnotationsAreAccepted() {
        String text = "Ann said \\\"hi\\\" to Bob.";
        String json = doc(
                "'provenance': [{'confidence': 0.5, 'agentType': 'SOFTWARE', 'id': 'p1', 'agent': 'tagger'}]",
                "'offsetUnit': 'codepoint'", "'text': '" + text + "'",
                "'entities': [{'entityType': 'PERSON', 'canonicalName': 'Ann', 'id': 'e1'}]",
                "'mentions': [{'provenance': 'p1', 'mentionType': 'NAME', 'end': 3, 'entity': 'e1', 'text': 'Ann', 'id': 'm1', 'start': 0},"
                        + " {'end': 20, 'id': 'm2', 'mentionType': 'NAME', 'start': 17}]",
                "'quotes': [{'verbatim': [{'end': 12, 'text': 'hi', 'start': 10}], 'quoteType': 'MIXED', 'end': 13, 'id': 'q1',"
                        + " 'start': 9, 'text': '\\\"hi\\\"'}]",
                "'cues': [{'lemma': 'say', 'end': 8, 'start': 4, 'id': 'c1', 'text': 'said'}]",
                "'id': 'd'",
                "'attributions': [{'supplements': [{'end': 20, 'role': 'ADDRESSEE', 'start': 17}], 'contents': [{'link': 'EXPLICIT',"
                        + " 'quote': 'q1'}], 'cue': 'c1', 'id': 'a1', 'source': 'm1'}]",
                "'claims': [{'quote': 'q1', 'checkworthy': true, 'attribution': 'a1', 'claimant': 'e1', 'claimType': 'OPINION',"
                        + " 'end': 13, 'start': 9, 'id': 'k1'}]",
                "'segments': [{'segmentType': 'SENTENCE', 'end': 21, 'start': 0, 'id': 's1'}]",
                "'format': 'standoff/1'");
        Document expected = Document.builder("d", "Ann said \"hi\" to Bob.")
                .provenance(new Provenance(ProvenanceId.of("p1"), "tagger", AgentType.SOFTWARE, null, 0.5))
                .entity(new Entity(EntityId.of("e1"), "Ann", EntityType.PERSON, Map.of(), false, null))
                .add(new Mention(MentionId.of("m1"), Extent.of(0, 3), MentionType.NAME, EntityId.of("e1"), ProvenanceId.of("p1")))
                .add(new Mention(MentionId.of("m2"), Extent.of(17, 20), MentionType.NAME, null, null))
                .add(new Quote(QuoteId.of("q1"), Extent.of(9, 13), QuoteType.MIXED, List.of(Span.of(10, 12)), null, null))
                .add(new Cue(CueId.of("c1"), Extent.of(4, 8), "say", null))
                .add(new Attribution(AttributionId.of("a1"), MentionId.of("m1"), CueId.of("c1"),
                        List.of(new Attribution.Content(QuoteId.of("q1"), ContentLink.EXPLICIT)),
                        List.of(new Supplement(SupplementRole.ADDRESSEE, Span.of(17, 20))), null, null))
                .add(new Claim(ClaimId.of("k1"), Extent.of(9, 13), ClaimType.OPINION, true, null, EntityId.of("e1"),
                        AttributionId.of("a1"), QuoteId.of("q1"), null))
                .add(new Segment(SegmentId.of("s1"), Extent.of(0, 21), SegmentType.SENTENCE, null))
                .build();

        assertThat(accepted(json)).isEqualTo(expected);
    }

    /** A key repeated inside an annotation, whether known or unknown, is declined; the precise path reports it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{'id': 'm1', 'start': 0, 'end': 3, 'mentionType': 'NAME', 'start': 0}",
        "{'id': 'm1', 'start': 0, 'end': 3, 'mentionType': 'NAME', 'mentionType': 'NAME'}",
        "{'id': 'm1', 'start': 0, 'end': 3, 'mentionType': 'NAME', 'note': 'a', 'note': 'a'}",
    })
    void aKeyRepeatedInsideAnAnnotationIsDeclined(String mention) {
        assertThat(codes(declined(doc(HEAD, "'mentions': [" + mention + "]")))).contains("json.duplicate-key");
    }

    /** A top-level key repeated is declined; the precise path reports it. */
    @Test
    void aKeyRepeatedAtTheTopLevelIsDeclined() {
        assertThat(codes(declined(doc(HEAD, "'mentions': [" + MENTION + "]", "'id': 'd'")))).contains("json.duplicate-key");
    }

    /** A key repeated inside metadata (or kbIds) is declined; the precise path reports it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "'metadata': {'title': 'T', 'lang': 'en', 'title': 'T'}",
        "'entities': [{'id': 'e1', 'canonicalName': 'Ann', 'entityType': 'PERSON', 'kbIds': {'wd': 'Q1', 'wd': 'Q2'}}]",
    })
    void aKeyRepeatedInsideMetadataIsDeclined(String field) {
        assertThat(codes(declined(doc(HEAD, field)))).contains("json.duplicate-key");
    }

    /** Unknown scalar fields on a mention and on the document are accepted and kept as the precise path keeps them. */
    @Test
    void unknownScalarFieldsAreAcceptedAndKept() {
        String json = doc(HEAD, "'note': 'top'", "'mentions': [{'id': 'm1', 'start': 0, 'end': 3, 'note': 'kept',"
                + " 'score': 1e3, 'checked': false, 'none': null, 'quoted': 'a\\\"b', 'mentionType': 'NAME'}]", "'count': -2");

        Document document = accepted(json);

        assertThat(document.unknownFields()).isEqualTo(precise(json, true).document().unknownFields());
        assertThat(document.unknownFields().of(UnknownFields.DOCUMENT)).containsExactly(
                Map.entry("note", "\"top\""), Map.entry("count", "-2"));
        assertThat(document.unknownFields().of("m1")).containsExactly(Map.entry("note", "\"kept\""),
                Map.entry("score", "1e3"), Map.entry("checked", "false"), Map.entry("none", "null"),
                Map.entry("quoted", "\"a\\\"b\""));
    }

    /** An unknown field whose value is an object or an array is accepted and kept as the precise path keeps it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "'mentions': [{'id': 'm1', 'start': 0, 'end': 3, 'note': {'a': 1, 'b': {'a': 2}}, 'mentionType': 'NAME'}]",
        "'mentions': [{'id': 'm1', 'start': 0, 'end': 3, 'note': [1, 2], 'mentionType': 'NAME'}]",
        "'extra': {'a': [true, {'a': null}]}",
    })
    void anUnknownFieldWithAStructuredValueIsKept(String field) {
        String json = doc(HEAD, field);
        Document document = accepted(json);

        assertThat(document.unknownFields().isEmpty()).isFalse();
        assertThat(document.unknownFields()).isEqualTo(precise(json, true).document().unknownFields());
    }

    /** A key repeated inside an unknown field's object value is declined; the precise path reports it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "'mentions': [{'id': 'm1', 'start': 0, 'end': 3, 'note': {'a': 1, 'a': 2}, 'mentionType': 'NAME'}]",
        "'extra': [{'b': {'a': 1, 'c': 2, 'a': 3}}]",
    })
    void aKeyRepeatedInsideAnUnknownValueIsDeclined(String field) {
        assertThat(codes(declined(doc(HEAD, field)))).containsExactly("json.duplicate-key");
    }

    /** An offset written {@code 3.0} is declined; the precise path reads it as 3 with no diagnostic. */
    @Test
    void aDecimalOffsetIsDeclinedThoughClean() {
        ReadResult precise = declined(doc(HEAD, "'mentions': [{'id': 'm1', 'start': 0, 'end': 3.0, 'text': 'Ann', 'mentionType': 'NAME'}]"));

        assertThat(precise.diagnostics()).isEmpty();
        assertThat(precise.document().mentions().get(0).extent()).isEqualTo(Extent.of(0, 3));
    }

    /** A covered text written with escapes ({@code \u00e9}, {@code \"}) that match the text is accepted. */
    @Test
    void aCoveredTextWithEscapesIsAccepted() {
        String json = doc("'format': 'standoff/1', 'id': 'd', 'offsetUnit': 'codepoint', 'text': 'Caf\\u00e9 said \\\"hi\\\".'",
                "'mentions': [{'id': 'm1', 'start': 0, 'end': 4, 'text': 'Caf\\u00e9', 'mentionType': 'NAME'}]",
                "'quotes': [{'id': 'q1', 'start': 10, 'end': 14, 'text': '\\\"hi\\\"', 'quoteType': 'DIRECT'}]");

        Document document = accepted(json);

        assertThat(document.text()).isEqualTo("Café said \"hi\".");
        assertThat(document.quotes().get(0).extent()).isEqualTo(Extent.of(10, 14));
    }

    /** A covered text one character off is declined; the precise path reports {@code text.mismatch}. */
    @ParameterizedTest
    @ValueSource(strings = {"Anm", "An", "Ann "})
    void aCoveredTextThatDiffersIsDeclined(String covered) {
        String json = doc(HEAD, "'mentions': [{'id': 'm1', 'start': 0, 'end': 3, 'text': '" + covered + "', 'mentionType': 'NAME'}]");

        assertThat(codes(declined(json))).containsExactly("text.mismatch");
    }

    /** A fragmented span whose covered text joins the fragments with one space is accepted, in either field order. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{'id': 'm1', 'start': 0, 'end': 11, 'text': 'Ann Bob', 'fragments': [[0, 3], [8, 11]], 'mentionType': 'LIST'}",
        "{'id': 'm1', 'start': 0, 'end': 11, 'fragments': [[0, 3], [8, 11]], 'text': 'Ann Bob', 'mentionType': 'LIST'}",
        "{'id': 'm1', 'text': 'Ann Bob', 'fragments': [[0, 3], [8, 11]], 'start': 0, 'end': 11, 'mentionType': 'LIST'}",
    })
    void aFragmentedSpanIsAccepted(String mention) {
        Document document = accepted(doc(HEAD, "'mentions': [" + mention + "]"));

        assertThat(document.mentions().get(0).extent()).isEqualTo(Extent.of(Span.of(0, 3), Span.of(8, 11)));
    }

    /** Fragments whose covered text is that of the bounds instead are declined; the precise path reports {@code text.mismatch}. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{'id': 'm1', 'start': 0, 'end': 11, 'text': 'Ann met Bob', 'fragments': [[0, 3], [8, 11]], 'mentionType': 'LIST'}",
        "{'id': 'm1', 'start': 0, 'end': 11, 'fragments': [[0, 3], [8, 11]], 'text': 'Ann met Bob', 'mentionType': 'LIST'}",
    })
    void fragmentsWithTheBoundsTextAreDeclined(String mention) {
        assertThat(codes(declined(doc(HEAD, "'mentions': [" + mention + "]")))).containsExactly("text.mismatch");
    }

    /** Fragments that do not run from start to end, or overlap, are declined; the precise path reports {@code span.fragments}. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{'id': 'm1', 'start': 0, 'end': 11, 'fragments': [[0, 3], [8, 10]], 'mentionType': 'LIST'}",
        "{'id': 'm1', 'start': 0, 'end': 11, 'fragments': [[0, 5], [4, 11]], 'mentionType': 'LIST'}",
    })
    void badFragmentsAreDeclined(String mention) {
        assertThat(codes(declined(doc(HEAD, "'mentions': [" + mention + "]")))).containsExactly("span.fragments");
    }

    /**
     * A supplementary character (😀, two UTF-16 units, four UTF-8 bytes) with right offsets in each
     * unit is accepted, every unit giving the same document.
     */
    @ParameterizedTest
    @ValueSource(strings = {"codepoint:1:2:3", "utf16:1:3:4", "utf8:1:5:6"})
    void aSupplementaryCharacterIsAcceptedInEachUnit(String unitAndOffsets) {
        String[] u = unitAndOffsets.split(":");
        String json = doc("'format': 'standoff/1', 'id': 'd', 'offsetUnit': '" + u[0] + "', 'text': 'a\\ud83d\\ude00b'",
                "'mentions': [{'id': 'm1', 'start': " + u[1] + ", 'end': " + u[2] + ", 'text': '\uD83D\uDE00', 'mentionType': 'NAME'},"
                        + " {'id': 'm2', 'start': " + u[2] + ", 'end': " + u[3] + ", 'text': 'b', 'mentionType': 'NAME'}]");

        Document document = accepted(json);

        assertThat(document.mentions()).extracting(Mention::extent).containsExactly(Extent.of(1, 3), Extent.of(3, 4));
    }

    /**
     * An offset inside the character is declined: in utf16 inside the surrogate pair
     * ({@code span.surrogate}), in utf8 inside the byte sequence ({@code span.inside-character}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"utf16:2:3:span.surrogate", "utf16:1:2:span.surrogate", "utf8:3:6:span.inside-character"})
    void anOffsetInsideASupplementaryCharacterIsDeclined(String unitOffsetsAndCode) {
        String[] u = unitOffsetsAndCode.split(":");
        String json = doc("'format': 'standoff/1', 'id': 'd', 'offsetUnit': '" + u[0] + "', 'text': 'a\\ud83d\\ude00b'",
                "'mentions': [{'id': 'm1', 'start': " + u[1] + ", 'end': " + u[2] + ", 'mentionType': 'NAME'}]");

        assertThat(codes(declined(json))).contains(u[3]);
    }

    /** A lone surrogate escape in the text is declined; the precise path reports {@code text.unpaired-surrogate}. */
    @ParameterizedTest
    @ValueSource(strings = {"a\\ud800b", "ab\\udc00", "a\\ude00\\ud83d"})
    void aLoneSurrogateInTheTextIsDeclined(String text) {
        String json = doc("'format': 'standoff/1', 'id': 'd', 'offsetUnit': 'codepoint', 'text': '" + text + "'",
                "'mentions': [{'id': 'm1', 'start': 0, 'end': 1, 'mentionType': 'NAME'}]");

        assertThat(codes(declined(json))).contains("text.unpaired-surrogate");
    }

    /** A duplicate id is declined with validation on ({@code id.duplicate}) and accepted with it off. */
    @Test
    void aDuplicateIdIsDeclined() {
        String json = doc(HEAD, "'mentions': [" + MENTION + ", {'id': 'm1', 'start': 8, 'end': 11, 'mentionType': 'NAME'}]");

        assertThat(codes(declined(json))).containsExactly("id.duplicate");
        assertThat(fast(json, false)).isNotNull();
    }

    /** A dangling reference is declined with validation on ({@code ref.dangling}) and accepted with it off. */
    @Test
    void aDanglingReferenceIsDeclined() {
        String json = doc(HEAD, "'mentions': [{'id': 'm1', 'start': 0, 'end': 3, 'mentionType': 'NAME', 'entity': 'e9'}]");

        assertThat(codes(declined(json))).containsExactly("ref.dangling");
        assertThat(fast(json, false)).isNotNull();
    }

    /** A span cutting a grapheme cluster is declined with validation on (a {@code span.grapheme} warning) and accepted with it off. */
    @Test
    void aGraphemeCuttingSpanIsDeclined() {
        String json = doc("'format': 'standoff/1', 'id': 'd', 'offsetUnit': 'codepoint', 'text': 'Cafe\\u0301 ok'",
                "'mentions': [{'id': 'm1', 'start': 0, 'end': 4, 'text': 'Cafe', 'mentionType': 'NAME'}]");

        ReadResult precise = declined(json);

        assertThat(codes(precise)).containsExactly("span.grapheme");
        assertThat(precise.diagnostics()).allMatch(d -> !d.isError());
        assertThat(fast(json, false)).isNotNull();
    }

    /** An attribution with an empty contents list is declined with validation on ({@code attribution.empty}). */
    @Test
    void anEmptyAttributionContentsListIsDeclined() {
        String json = doc(HEAD, "'mentions': [" + MENTION + "]", "'attributions': [{'id': 'a1', 'source': 'm1', 'contents': []}]");

        assertThat(codes(declined(json))).containsExactly("attribution.empty");
    }

    /** Fields the fast path leaves to the precise path are declined though clean: a schema, generic spans and relations. */
    @ParameterizedTest
    @ValueSource(strings = {"'schema': {'layers': []}", "'annotations': []", "'relations': []"})
    void theGenericLayersAreDeclined(String field) {
        assertThat(declined(doc(HEAD, field)).diagnostics()).isEmpty();
    }

    // ---- helpers ----

    /** A document object of {@code fields}, written with single quotes for double quotes. */
    private static String doc(String... fields) {
        return ("{" + String.join(", ", fields) + "}").replace('\'', '"');
    }

    /** Asserts soundness and that the fast path accepts {@code json} with validation on and off; its document. */
    private static Document accepted(String json) {
        Document document = assertSound(json);
        assertThat(document).as("the fast path's reading (validate=true) of %s", json).isNotNull();
        assertThat(fast(json, false)).as("the fast path's reading (validate=false) of %s", json).isEqualTo(document);
        return document;
    }

    /** Asserts soundness and that the fast path declines {@code json} with validation on; the precise reading. */
    private static ReadResult declined(String json) {
        assertThat(assertSound(json)).as("the fast path's reading (validate=true) of %s", json).isNull();
        return precise(json, true);
    }

    private static List<String> codes(ReadResult result) {
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }
}

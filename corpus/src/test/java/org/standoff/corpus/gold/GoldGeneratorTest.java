package org.standoff.corpus.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.SegmentType;
import org.standoff.core.validation.Diagnostic;

class GoldGeneratorTest {
    private static final String TEXT = "Page chrome\n\nJiang Says Hello\n\n\"Hello,\" Jiang said. Jiang left.\n";
    private static final String HEAD = "document: {id: tiny, metadata: {title: Tiny}}\n"
            + "structure: {headline: {text: Jiang Says Hello}, boilerplate: [{text: Page chrome}]}\n";
    private static final String BODY = "entities:\n"
            + "  - {id: e-jiang, name: Jiang Zemin, type: PERSON, note: the speaker,\n"
            + "     mentions: [{id: m-jiang-1, in: Jiang Says, text: Jiang, type: NAME},\n"
            + "                {id: m-jiang-2, in: 'Jiang said', text: Jiang, type: NAME}]}\n"
            + "  - {id: e-author, name: author, type: AUTHOR}\n"
            + "quotes: [{id: q1, type: DIRECT, text: '\"Hello,\"'}]\n"
            + "cues: [{id: c1, text: said, lemma: say}]\n"
            + "attributions: [{id: a1, source: m-jiang-2, cue: c1, contents: [{quote: q1, link: EXPLICIT}]}]\n"
            + "claims: [{id: cl1, text: Jiang left, type: EVENT, checkworthy: false, claimant: e-author, claimText: Jiang left.}]\n";

    private static GoldResult generate(String yaml) {
        return GoldGenerator.generate(new GoldSource("tiny.yaml", yaml, TEXT));
    }

    private static List<String> messages(GoldResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void shippedSourceGeneratesAValidDocument() {
        GoldResult result = GoldGenerator.generate(GoldSource.read(GoldFixture.SOURCE));
        assertThat(messages(result)).isEmpty();
        assertThat(result.document().id()).isEqualTo("putin-jiang-friendship-treaty-2001");
    }

    @Test
    void aSmallSourceGivesStructureAnnotationsAndProvenance() {
        Document document = generate(HEAD + BODY).orThrow();
        assertThat(document.segments()).filteredOn(s -> s.segmentType() == SegmentType.PARAGRAPH)
                .extracting(s -> s.coveredText(TEXT)).containsExactly("\"Hello,\" Jiang said. Jiang left.");
        assertThat(document.segments()).filteredOn(s -> s.segmentType() == SegmentType.SENTENCE)
                .extracting(s -> s.coveredText(TEXT)).containsExactly("Jiang Says Hello", "\"Hello,\" Jiang said.", "Jiang left.");
        assertThat(document.mentions()).extracting(m -> m.span().start()).containsExactly(13, 40);
        assertThat(document.provenance()).extracting(p -> p.agentType().name()).containsExactly("HUMAN", "SOFTWARE");
        assertThat(document.unknownFields().of("e-jiang")).containsEntry("note", "\"the speaker\"");
        assertThat(document.metadata()).containsEntry("title", "Tiny");
    }

    @Test
    void anAmbiguousLocatorNamesItsEntryAndWhy() {
        GoldResult result = generate(HEAD + BODY.replace("{id: m-jiang-2, in: 'Jiang said', text: Jiang", "{id: m-jiang-2, text: Jiang"));
        assertThat(result.isClean()).isFalse();
        assertThat(messages(result)).containsExactly("ERROR gold.locator tiny.yaml /entities/0/mentions/1 (m-jiang-2): "
                + "entry m-jiang-2: cannot locate text \"Jiang\": \"Jiang\" occurs 3 times in the article; add in: (a unique context) or nth:");
    }

    @Test
    void unknownKeysAndMissingSourcesAreReported() {
        GoldResult result = generate(HEAD + BODY.replace("source: m-jiang-2, ", "").replace("type: DIRECT", "type: DIRECT, embededIn: q0"));
        assertThat(messages(result)).anyMatch(m -> m.contains("/quotes/0/embededIn (q1): entry q1: unknown key \"embededIn\""))
                .anyMatch(m -> m.contains("/attributions/0 (a1): entry a1: give either source:"));
    }

    @Test
    void aNoSourceReasonIsKeptAsAnUnknownField() {
        Document document = generate(HEAD + BODY.replace("source: m-jiang-2,", "noSource: an example,")).orThrow();
        assertThat(document.attributions().get(0).source()).isNull();
        assertThat(document.unknownFields().of("a1")).containsEntry("noSource", "\"an example\"");
    }

    @Test
    void aChangedTextIsRefused() {
        String sha = Fingerprint.sha256Hex("another text");
        GoldResult result = generate(HEAD.replace("id: tiny,", "id: tiny, textSha256: " + sha + ",") + BODY);
        assertThat(messages(result)).anyMatch(m -> m.contains("gold.text") && m.contains("the text changed"));
    }

    @Test
    void brokenRulesAndValidationAreReported() {
        GoldResult result = generate(HEAD + BODY.replace("claimant: e-author", "claimant: e-nobody"));
        assertThat(messages(result)).anyMatch(m -> m.startsWith("ERROR ref.dangling (cl1)"))
                .anyMatch(m -> m.startsWith("ERROR gold.claimant (cl1)"));
    }

    @Test
    void invalidYamlGivesALineAndNoDocument() {
        GoldResult result = generate("document: {id: [\n");
        assertThat(result.document()).isNull();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("gold.yaml"))
                .satisfies(d -> assertThat(d.location().line()).isPositive());
    }

    @Test
    void generatingTwiceGivesEqualDocuments() {
        assertThat(generate(HEAD + BODY).orThrow()).isEqualTo(generate(HEAD + BODY).orThrow());
    }
}

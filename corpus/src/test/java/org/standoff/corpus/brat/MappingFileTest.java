package org.standoff.corpus.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.model.QuoteType;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.mapping.LabelMapping;

/** A mapping file for another label set (the example of docs/FORMATS.md), and its named warnings. */
class MappingFileTest {
    static final String MAPPING = "{\n"
            + "  \"format\": \"standoff-mapping/1\",\n"
            + "  \"name\": \"newsroom\",\n"
            + "  \"labels\": {\n"
            + "    \"Speaker\": {\"kind\": \"mention\", \"mentionType\": \"NAME\"},\n"
            + "    \"Verb\": {\"kind\": \"cue\"},\n"
            + "    \"Words\": {\"kind\": \"quote\", \"quoteType\": \"infer\"},\n"
            + "    \"Report\": {\"kind\": \"trigger\"},\n"
            + "    \"Hedge\": {\"kind\": \"span\", \"layer\": \"newsroom.hedge\"}\n"
            + "  },\n"
            + "  \"events\": {\n"
            + "    \"Report\": {\"roles\": {\"Who\": \"source\", \"How\": \"cue\", \"What\": \"content\", \"To\": \"addressee\"}}\n"
            + "  }\n"
            + "}\n";
    static final String TEXT = "Ana Ruiz told the board \"we are broke\" on Monday.\n";
    static final String ANN = "T1\tSpeaker 0 8\tAna Ruiz\n"
            + "T2\tVerb 9 13\ttold\n"
            + "T3\tWords 24 38\t\"we are broke\"\n"
            + "T4\tAudience 14 23\tthe board\n"
            + "T5\tReport 9 13\ttold\n"
            + "E1\tReport:T5 Who:T1 How:T2 What:T3 To:T4 When:T6\n"
            + "T6\tTime 42 48\tMonday\n"
            + "E2\tRumor:T5 Who:T1\n";

    private static ImportResult read(LabelMapping mapping) {
        List<SourceFile> files = List.of(new SourceFile("news.txt", TEXT.getBytes(StandardCharsets.UTF_8)),
                new SourceFile("news.ann", ANN.getBytes(StandardCharsets.UTF_8)));
        return new BratFormat().read(files, ImportOptions.DEFAULTS.withMapping(mapping));
    }

    private static LabelMapping mapping(String json, List<Diagnostic> problems) {
        return LabelMapping.read(new SourceFile("newsroom.mapping.json", json.getBytes(StandardCharsets.UTF_8)), problems).orElse(null);
    }

    @Test
    void mappedLabelsAndRolesFillTheAttribution() {
        List<Diagnostic> problems = new ArrayList<>();
        Document d = read(mapping(MAPPING, problems)).documents().get(0);
        assertEquals(List.of(), problems);
        assertEquals(1, d.attributions().size());
        assertEquals("Ana Ruiz", d.mention(d.attributions().get(0).source()).orElseThrow().extent().coveredText(d.text()));
        assertEquals(QuoteType.DIRECT, d.quotes().get(0).quoteType());
        assertEquals("the board", d.text().substring(d.attributions().get(0).supplements().get(0).span().start(),
                d.attributions().get(0).supplements().get(0).span().end()));
    }

    @Test
    void everyUnmappedLabelEventTypeAndRoleIsANamedWarningAndTheLinesStayGeneric() {
        ImportResult result = read(mapping(MAPPING, new ArrayList<>()));
        List<String> warnings = result.diagnostics().stream().filter(x -> x.severity().name().equals("WARNING"))
                .map(x -> x.code() + " " + x.subject()).collect(Collectors.toList());
        assertEquals(List.of("mapping.label T4", "mapping.label T6", "mapping.event E2", "mapping.role E1"), warnings,
                result.diagnostics().toString());
        Document d = result.documents().get(0);
        assertTrue(d.genericSpans().stream().anyMatch(s -> s.label().equals("Time")));
        assertTrue(d.genericRelations().stream().anyMatch(r -> r.label().equals("Rumor")));
        assertTrue(result.diagnostics().stream().anyMatch(x -> x.message().contains("argument When:T6")));
    }

    @Test
    void aBrokenMappingFileIsReportedWithPointersAndNotUsed() {
        List<Diagnostic> problems = new ArrayList<>();
        LabelMapping broken = mapping(MAPPING.replace("\"cue\"}", "\"verb\"}").replace("\"addressee\"", "\"listener\""), problems);
        assertEquals(null, broken);
        assertEquals(List.of("/labels/Verb/kind", "/events/Report/roles/To"),
                problems.stream().map(p -> p.location().pointer()).collect(Collectors.toList()));
        assertTrue(problems.stream().allMatch(p -> p.code().equals("mapping.invalid")));
    }
}

package org.standoff.corpus.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.Projection;
import org.standoff.corpus.exchange.SourceFile;

/**
 * The shipped article through every format that imports: export, import back, and compare what the
 * format can carry (attributions with their source, cue, contents and link kinds; quotes; mentions
 * with their entities; cues; claims). Every annotation that does not come back unchanged must be
 * covered by an {@code export.loss} warning about it or about an annotation or entity it refers to,
 * so nothing is dropped silently; and nothing comes back that was not there. The counts of what each
 * format restores are asserted exactly.
 */
class ShippedArticleRoundTripTest {
    private static final Document ARTICLE = Corpus.shipped().document(Corpus.SHIPPED_DOCUMENT_ID).orElseThrow();
    private static final List<String> KINDS = List.of("Attribution", "Quote", "Mention", "Cue", "Claim", "Entity");

    /** What came back unchanged and what was lost, per kind. */
    private record Outcome(Map<String, Integer> restored, Map<String, Integer> lost, List<String> silent, List<String> invented) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // format   | restored: attributions, quotes, mentions, cues, claims, entities
        // of 36 attributions, 39 quotes, 168 mentions, 36 cues, 59 claims, 44 mentioned entities
        "brat        | 36 | 39 | 168 | 36 | 30 | 44",
        "labelstudio | 31 | 33 | 168 | 36 | 59 | 44",
        "w3c         | 36 | 33 | 168 | 36 | 59 | 44",
        "uima-json   | 33 | 33 | 168 | 36 | 59 | 44",
        "doccano     | 23 | 28 |   0 |  0 |  0 |  0",
    })
    void everyDifferenceIsAReportedLoss(String name, int attributions, int quotes, int mentions, int cues, int claims,
                                        int entities) {
        DocumentFormat format = Formats.byName(name).orElseThrow();
        ExportResult exported = format.write(List.of(ARTICLE), ExportOptions.DEFAULTS);
        List<SourceFile> files = new ArrayList<>();
        exported.files().forEach(file -> files.add(SourceFile.of(file.name(), file.content())));
        ImportOptions options = name.equals("w3c") ? ImportOptions.DEFAULTS.withText(ARTICLE.text()) : ImportOptions.DEFAULTS;
        ImportResult imported = format.read(files, options);

        assertThat(imported.diagnostics()).as(name + " import").noneMatch(Diagnostic::isError);
        assertThat(imported.documents()).hasSize(1);
        Outcome outcome = compare(imported.documents().get(0), exported.diagnostics());
        assertThat(outcome.silent()).as("changed or dropped without an export.loss warning").isEmpty();
        assertThat(outcome.invented()).as("came back but was not exported").isEmpty();
        assertThat(List.of(outcome.restored().get("Attribution"), outcome.restored().get("Quote"),
                outcome.restored().get("Mention"), outcome.restored().get("Cue"), outcome.restored().get("Claim"),
                outcome.restored().get("Entity")))
                .isEqualTo(List.of(attributions, quotes, mentions, cues, claims, entities));
    }

    private static Outcome compare(Document back, List<Diagnostic> exportDiagnostics) {
        Set<String> lossSubjects = new HashSet<>();
        exportDiagnostics.stream().filter(d -> d.code().equals("export.loss") && d.subject() != null)
                .forEach(d -> lossSubjects.add(d.subject()));
        Map<String, String> original = Projection.byId(ARTICLE);
        List<String> remaining = new ArrayList<>(Projection.byId(back).values());
        Map<String, Integer> restored = counter();
        Map<String, Integer> lost = counter();
        List<String> silent = new ArrayList<>();
        for (Map.Entry<String, String> entry : original.entrySet()) {
            String kind = kind(entry.getValue());
            if (!KINDS.contains(kind)) {
                continue;
            }
            if (remaining.remove(entry.getValue())) {
                restored.merge(kind, 1, Integer::sum);
            } else if (covered(entry.getKey(), lossSubjects)) {
                lost.merge(kind, 1, Integer::sum);
            } else {
                silent.add(entry.getKey() + ": " + entry.getValue());
            }
        }
        List<String> invented = new ArrayList<>();
        Map<String, Integer> degraded = counter();
        for (String line : remaining) {
            String kind = kind(line);
            if (KINDS.contains(kind) && degraded.merge(kind, 1, Integer::sum) > lost.get(kind)) {
                invented.add(line);
            }
        }
        return new Outcome(restored, lost, silent, invented);
    }

    private static Map<String, Integer> counter() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KINDS.forEach(kind -> counts.put(kind, 0));
        return counts;
    }

    private static String kind(String line) {
        return line.substring(0, line.indexOf(' '));
    }

    /** Whether a loss is reported about {@code key}, or about what it refers to. */
    private static boolean covered(String key, Set<String> lossSubjects) {
        if (key.startsWith("entity:")) {
            String entity = key.substring("entity:".length());
            return lossSubjects.contains(entity) || ARTICLE.mentionsOf(org.standoff.core.model.EntityId.of(entity)).stream()
                    .anyMatch(m -> lossSubjects.contains(m.id().value()));
        }
        Set<String> related = new HashSet<>();
        related.add(key);
        ARTICLE.annotation(key).ifPresent(a -> related.addAll(references(a)));
        return related.stream().anyMatch(lossSubjects::contains);
    }

    private static List<String> references(Object annotation) {
        List<String> ids = new ArrayList<>();
        if (annotation instanceof Mention && ((Mention) annotation).entity() != null) {
            ids.add(((Mention) annotation).entity().value());
        }
        if (annotation instanceof Quote && ((Quote) annotation).embeddedIn() != null) {
            ids.add(((Quote) annotation).embeddedIn().value());
        }
        if (annotation instanceof Attribution) {
            Attribution a = (Attribution) annotation;
            ids.add(a.source() == null ? null : a.source().value());
            ids.add(a.cue() == null ? null : a.cue().value());
            ids.add(a.nestedIn() == null ? null : a.nestedIn().value());
            a.contents().forEach(c -> ids.add(c.quote().value()));
        }
        if (annotation instanceof Claim) {
            Claim c = (Claim) annotation;
            ids.add(c.claimant() == null ? null : c.claimant().value());
            ids.add(c.attribution() == null ? null : c.attribution().value());
            ids.add(c.quote() == null ? null : c.quote().value());
        }
        return ids;
    }
}

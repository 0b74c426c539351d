package org.standoff.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.validation.Diagnostic;

/**
 * Every real example file of a format we both import and export, imported, exported to the same
 * format and imported again: every difference between the two documents (an annotation, an entity,
 * a provenance record, a metadata entry, a layer's declaration) is named by a warning of the export
 * or of the second import, or there is none. Where the writer renumbers ids ({@code export.renumbered},
 * brat), the annotations are compared without their ids. Hypothesis records go out as W3C Web Annotation, which the
 * {@code hypothesis} name reads.
 */
class ExampleRoundTripTest {
    /** A text in which W3C anno26's quote and anno27's positions can be anchored. */
    private static final String W3C_TEXT = "Note: this is an anotation that has some typos." + "x".repeat(800);

    private record Example(String format, String exportedAs, List<SourceFile> files, ImportOptions options) {
        @Override
        public String toString() {
            return format + " " + files.get(0).name();
        }
    }

    static Stream<Arguments> examples() {
        List<Example> examples = new ArrayList<>();
        for (String base : List.of("brat_corpora_BioNLP-ST_2011_EPI_PMID-16379001", "brat_corpora_BioNLP-ST_2011_GE_PMID-10438843",
                "dkpro-core_brat_document0d", "tools-brat-relations")) {
            examples.add(new Example("brat", "brat", List.of(FormatExamples.file("brat", base + ".txt"),
                    FormatExamples.file("brat", base + ".ann")), ImportOptions.DEFAULTS));
        }
        examples.add(new Example("brat", "brat", List.of(FormatExamples.file("brat", "brat_tutorials_news_000-introduction.txt"),
                FormatExamples.file("brat", "brat_tutorials_news_000-introduction.ann"),
                new SourceFile("annotation.conf", FormatExamples.file("brat", "brat_tutorials_news_annotation.conf").content())),
                ImportOptions.DEFAULTS));
        examples.add(new Example("doccano", "doccano", List.of(FormatExamples.file("doccano",
                "tools-doccano-sequence-labeling.jsonl")), ImportOptions.DEFAULTS));
        examples.add(new Example("doccano", "doccano", List.of(FormatExamples.file("doccano",
                "doccano_relation-extraction_example.jsonl")), ImportOptions.DEFAULTS));
        examples.add(new Example("labelstudio", "labelstudio", List.of(FormatExamples.file("labelstudio",
                "tools-labelstudio-annotation-with-relation.json")),
                ImportOptions.DEFAULTS.withText("We have always trusted Lisbon.")));
        examples.add(new Example("uima-json", "uima-json", List.of(FormatExamples.file("uima",
                "tools-uima-jsoncas-slotfeature.json")), ImportOptions.DEFAULTS));
        for (String name : List.of("anno26", "anno27", "anno31", "anno32", "anno34", "anno36", "anno41", "collection1")) {
            examples.add(new Example("w3c", "w3c", List.of(FormatExamples.file("w3c",
                    "web-annotation_2016_examples_" + name + ".json")), ImportOptions.DEFAULTS.withText(W3C_TEXT)));
        }
        examples.add(new Example("hypothesis", "w3c", List.of(FormatExamples.file("hypothesis",
                "hypothesis-client_html-baselines_minimal.json")), ImportOptions.DEFAULTS.withText("One Two Three\n")));
        return examples.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyDifferenceAfterARoundTripIsNamedByAWarning(Example example) {
        ImportResult first = Formats.byName(example.format()).orElseThrow().read(example.files(), example.options());
        assertThat(first.documents()).as(first.diagnostics().toString()).isNotEmpty();

        DocumentFormat target = Formats.byName(example.exportedAs()).orElseThrow();
        ExportResult exported = target.write(first.documents(), ExportOptions.DEFAULTS);
        List<SourceFile> files = exported.files().stream().map(f -> SourceFile.of(f.name(), f.content())).toList();
        ImportResult second = target.read(files, example.options().withDocumentId(null));

        List<Diagnostic> warnings = new ArrayList<>(exported.diagnostics());
        warnings.addAll(second.diagnostics());
        assertThat(second.documents()).hasSameSizeAs(first.documents());
        boolean renumbered = warnings.stream().anyMatch(w -> w.code().equals("export.renumbered"));
        for (int i = 0; i < first.documents().size(); i++) {
            Document before = first.documents().get(i);
            Document after = second.documents().get(i);
            if (renumbered) {
                assertThat(Projection.of(after)).as("%s: renumbered ids, the same annotations", example)
                        .isEqualTo(Projection.of(before));
            }
            for (String difference : differences(before, after, !renumbered)) {
                assertThat(warnings).as("%s: the difference %s is named by no warning (%s)%nbefore: %s%nafter:  %s",
                        example, difference, warnings, describe(before, difference), describe(after, difference))
                        .anyMatch(w -> names(w, difference));
            }
        }
    }

    private static String describe(Document doc, String subject) {
        return switch (subject) {
            case "text" -> doc.text();
            case "provenance" -> doc.provenance().toString();
            default -> subject.startsWith("layer") ? doc.schema().toString() : subject.startsWith("metadata") ? doc.metadata().toString()
                    : doc.annotation(subject).map(Object::toString).orElse(doc.entities().stream()
                            .filter(e -> e.id().value().equals(subject)).findFirst().map(Object::toString).orElse("none"));
        };
    }

    /**
     * Whether {@code warning} names the difference {@code subject}: an annotation id (or one derived
     * from it, as {@code fs14.links.links} from {@code fs14.links}), or {@code metadata entry "key"}.
     */
    private static boolean names(Diagnostic warning, String subject) {
        return warning.subject() != null && (subject.equals(warning.subject()) || subject.startsWith(warning.subject() + "."))
                || warning.message().contains(subject);
    }

    /**
     * The subjects that differ: annotation and entity ids, {@code metadata entry "key"}, {@code provenance},
     * {@code text}, and {@code layer "name"} for a layer whose declaration the second import
     * lacks or narrows (a schema that declares more, as brat's written {@code annotation.conf} does,
     * loses nothing).
     */
    static Set<String> differences(Document before, Document after, boolean byId) {
        Set<String> differences = new LinkedHashSet<>();
        if (!before.text().equals(after.text())) {
            differences.add("text");
        }
        Set<String> ids = new LinkedHashSet<>();
        if (byId) {
            before.annotations().forEach(a -> ids.add(a.id().value()));
            after.annotations().forEach(a -> ids.add(a.id().value()));
        }
        for (String id : ids) {
            Annotation a = before.annotation(id).orElse(null);
            Annotation b = after.annotation(id).orElse(null);
            if (!Objects.equals(a, b)) {
                differences.add(id);
            }
        }
        Set<String> entities = new LinkedHashSet<>();
        before.entities().forEach(e -> entities.add(e.id().value()));
        after.entities().forEach(e -> entities.add(e.id().value()));
        for (String id : entities) {
            if (!Objects.equals(before.entities().stream().filter(e -> e.id().value().equals(id)).findFirst(),
                    after.entities().stream().filter(e -> e.id().value().equals(id)).findFirst())) {
                differences.add(id);
            }
        }
        Set<String> keys = new LinkedHashSet<>(before.metadata().keySet());
        keys.addAll(after.metadata().keySet());
        for (String key : keys) {
            if (!Objects.equals(before.metadata().get(key), after.metadata().get(key))) {
                differences.add("metadata entry \"" + key + "\"");
            }
        }
        if (!new HashSet<>(before.provenance()).equals(new HashSet<>(after.provenance()))) {
            differences.add("provenance");
        }
        for (LayerSchema layer : before.schema().layers()) {
            LayerSchema again = after.schema().layer(layer.name()).orElse(null);
            if (again == null || again.kind() != layer.kind() || !again.labels().equals(layer.labels())
                    || !again.attributes().containsAll(layer.attributes()) || !again.roles().containsAll(layer.roles())) {
                differences.add("layer \"" + layer.name() + "\"");
            }
        }
        return differences;
    }
}

package org.standoff.corpus.gold;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Severity;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.segment.Segmenter;

/**
 * Generates a gold {@link Document} from an annotation source: resolves every locator to exact
 * UTF-16 offsets, adds the structure (the source's headline and boilerplate; paragraphs, sentences
 * and tokens from the {@link Segmenter}), entities, mentions, quotes, cues, attributions, claims,
 * metadata and provenance, then runs the core {@link Validator} and the {@link GoldRules}.
 *
 * <p>Decisions the model leaves open (docs/GUIDELINES.md, Part F):
 * <ul>
 *   <li>{@code note:}, a group's {@code members:} and an attribution's {@code noSource:} are kept as
 *       unknown fields of the same names on their entity or annotation, so they reach the standoff
 *       JSON; the document's metadata note is the metadata entry {@code note};</li>
 *   <li>sentences and tokens cover the headline and the body paragraphs; boilerplate lines get only
 *       their {@code BOILERPLATE} segment;</li>
 *   <li>ids: {@code h1} headline, {@code b<n>} boilerplate, {@code p<n>} paragraphs, {@code s<n>}
 *       sentences, {@code t<n>} tokens; provenance {@code annotator} (HUMAN: the source) and
 *       {@code segmenter} (SOFTWARE: {@link Segmenter#agent()}).</li>
 * </ul>
 * The output depends only on the source, the text and the segmenter's models: generating twice
 * gives equal documents. Stateless and thread-safe.
 */
public final class GoldGenerator {
    /** The provenance id of the human annotation. */
    public static final ProvenanceId ANNOTATOR = ProvenanceId.of("annotator");
    /** The provenance id of the segmenter's paragraphs, sentences and tokens. */
    public static final ProvenanceId SEGMENTER = ProvenanceId.of("segmenter");

    private static final Set<String> ROOT_KEYS = Set.of("document", "structure", "entities", "quotes", "cues",
            "attributions", "claims");
    private static final Set<String> DOCUMENT_KEYS = Set.of("id", "textSha256", "metadata");
    private static final Set<String> STRUCTURE_KEYS = Set.of("headline", "boilerplate");
    private static final Set<String> LOCATOR_KEYS = Set.of("text", "in", "nth");

    private GoldGenerator() {
    }

    /** Generates the document of {@code source} with the English corpus segmenter. */
    public static GoldResult generate(GoldSource source) {
        return generate(source, Segmenter.english());
    }

    /** Generates the document of {@code source}, taking sentences and tokens from {@code segmenter}. */
    public static GoldResult generate(GoldSource source, Segmenter segmenter) {
        SourceContext context = new SourceContext(source.name(), source.text());
        JsonNode root = parse(source, context);
        if (root == null) {
            return new GoldResult(null, context.diagnostics());
        }
        context.allowOnly(root, ROOT_KEYS, "", null);
        JsonNode documentEntry = root.path("document");
        String id = context.string(documentEntry, "id", true, "/document", null);
        DocumentBuilder builder = Document.builder(id == null ? "unnamed" : id, source.text());
        readDocument(documentEntry, context, builder);
        builder.provenance(new Provenance(ANNOTATOR, "gold source " + source.name(), AgentType.HUMAN, null, null));
        builder.provenance(new Provenance(SEGMENTER, segmenter.agent(), AgentType.SOFTWARE, null, null));
        readStructure(root.path("structure"), context, builder, segmenter);
        AnnotationReader annotations = new AnnotationReader(context, builder, ANNOTATOR);
        annotations.readEntities(root);
        annotations.readQuotes(root);
        annotations.readCues(root);
        RelationReader relations = new RelationReader(context, builder, ANNOTATOR, annotations);
        relations.readAttributions(root);
        relations.readClaims(root);
        Document document = builder.build();
        List<Diagnostic> diagnostics = new ArrayList<>(context.diagnostics());
        if (!context.hasErrors()) {
            diagnostics.addAll(Validator.validate(document));
            diagnostics.addAll(GoldRules.check(document));
        }
        return new GoldResult(document, diagnostics);
    }

    private static JsonNode parse(GoldSource source, SourceContext context) {
        YAMLMapper mapper = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        try {
            JsonNode root = mapper.readTree(source.yaml());
            if (root != null && root.isObject()) {
                return root;
            }
            context.error("gold.yaml", "", null, "the annotation source must be a YAML mapping");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = new Location(source.name(), null, at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()));
            context.diagnostics().add(new Diagnostic(Severity.ERROR, "gold.yaml", null, location,
                    "not valid YAML: " + e.getOriginalMessage()));
        }
        return null;
    }

    private static void readDocument(JsonNode entry, SourceContext context, DocumentBuilder builder) {
        context.allowOnly(entry, DOCUMENT_KEYS, "/document", null);
        String sha256 = context.string(entry, "textSha256", false, "/document", null);
        String actual = Fingerprint.sha256Hex(context.text);
        if (sha256 != null && !sha256.equals(actual)) {
            context.error("gold.text", "/document/textSha256", null, "the article text has sha256 " + actual
                    + ", but the source was annotated on " + sha256 + ": the text changed");
        }
        JsonNode metadata = entry.path("metadata");
        for (Map.Entry<String, JsonNode> field : iterable(metadata)) {
            String value = context.string(metadata, field.getKey(), true, "/document/metadata", null);
            if (value != null) {
                builder.metadata(field.getKey(), value);
            }
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node.properties();
    }

    private static void readStructure(JsonNode entry, SourceContext context, DocumentBuilder builder,
                                      Segmenter segmenter) {
        context.allowOnly(entry, STRUCTURE_KEYS, "/structure", null);
        List<Span> paragraphs = new ArrayList<>(segmenter.paragraphs(context.text));
        List<Span> headlines = new ArrayList<>();
        JsonNode headline = entry.path("headline");
        context.allowOnly(headline, LOCATOR_KEYS, "/structure/headline", "h1");
        line(context.span(headline, "/structure/headline", "h1"), paragraphs, "/structure/headline", "h1", context)
                .ifPresent(headlines::add);
        List<Span> boilerplate = new ArrayList<>();
        List<JsonNode> entries = context.list(entry, "boilerplate", "/structure", null);
        for (int i = 0; i < entries.size(); i++) {
            String pointer = "/structure/boilerplate/" + i;
            String id = "b" + (i + 1);
            context.allowOnly(entries.get(i), LOCATOR_KEYS, pointer, id);
            line(context.span(entries.get(i), pointer, id), paragraphs, pointer, id, context).ifPresent(boilerplate::add);
        }
        paragraphs.removeAll(headlines);
        paragraphs.removeAll(boilerplate);
        List<Segment> segments = new ArrayList<>();
        Segmenter.addAll(segments, headlines, SegmentType.HEADLINE, "h", ANNOTATOR);
        Segmenter.addAll(segments, boilerplate, SegmentType.BOILERPLATE, "b", ANNOTATOR);
        Segmenter.addAll(segments, paragraphs, SegmentType.PARAGRAPH, "p", SEGMENTER);
        List<Span> sentences = new ArrayList<>();
        headlines.forEach(line -> sentences.addAll(segmenter.sentences(context.text, line)));
        paragraphs.forEach(paragraph -> sentences.addAll(segmenter.sentences(context.text, paragraph)));
        sentences.sort(Span.DOCUMENT_ORDER);
        Segmenter.addAll(segments, sentences, SegmentType.SENTENCE, "s", SEGMENTER);
        List<Span> tokens = new ArrayList<>();
        sentences.forEach(sentence -> tokens.addAll(segmenter.tokens(context.text, sentence)));
        Segmenter.addAll(segments, tokens, SegmentType.TOKEN, "t", SEGMENTER);
        builder.addAll(segments);
    }

    /** {@code span} if it is a whole non-empty line of the text; else an error (headline and boilerplate are lines, G2). */
    private static java.util.Optional<Span> line(Span span, List<Span> lines, String pointer, String id,
                                                 SourceContext context) {
        if (span == null) {
            return java.util.Optional.empty();
        }
        if (!lines.contains(span)) {
            context.error("gold.structure", pointer, id, "headline and boilerplate must each be one whole line, "
                    + "but " + span + " is not (G2)");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(span);
    }
}

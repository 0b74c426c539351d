package org.standoff.corpus.conll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.Losses;

/**
 * Writes CoNLL IOB2. Each column is one flat layer: {@code MENTION} (the entity's type, or
 * {@code MENTION} for a mention without entity), {@code QUOTE}, {@code CUE}, {@code CLAIM}, and each
 * generic span layer (the label). A span is tagged on every token it overlaps ({@code B-} on the
 * first); a span that starts or ends inside a token is snapped to whole tokens, one that overlaps a
 * span already tagged in its column is dropped, and one that covers no token is dropped — each
 * reported as {@code export.loss}.
 */
final class ConllWriter {

    private ConllWriter() {
    }

    static ExportResult write(List<Document> documents) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (String fixed : List.of("MENTION", "QUOTE", "CUE", "CLAIM")) {
            if (documents.stream().anyMatch(d -> d.spanAnnotations().stream().anyMatch(a -> fixed.equals(column(a))))) {
                columns.add(fixed);
            }
        }
        documents.forEach(d -> d.genericSpans().forEach(s -> columns.add(s.layer())));
        StringBuilder out = new StringBuilder();
        for (Document doc : documents) {
            writeOne(doc, List.copyOf(columns), out, diagnostics);
        }
        diagnostics.add(0, new Diagnostic(org.standoff.core.validation.Severity.INFO, "conll.columns", null, null, "IOB2 tags; TAB-separated columns TOKEN "
                + String.join(" ", columns)));
        return new ExportResult(List.of(new ExportResult.OutputFile("documents.conll", out.toString())), diagnostics);
    }

    private static void writeOne(Document doc, List<String> columns, StringBuilder out, List<Diagnostic> diagnostics) {
        List<Span> tokens = Tokens.of(doc);
        String[][] tags = new String[columns.size()][tokens.size()];
        for (String[] column : tags) {
            Arrays.fill(column, "O");
        }
        for (SpanAnnotation a : doc.spanAnnotations()) {
            String column = column(a);
            int c = column == null ? -1 : columns.indexOf(column);
            if (c >= 0) {
                tag(a, label(doc, a), tokens, tags[c], doc.text(), diagnostics);
            }
        }
        out.append("-DOCSTART-").append("\tO".repeat(columns.size())).append("\n\n");
        boolean[] starts = Tokens.sentenceStarts(doc, tokens);
        for (int t = 0; t < tokens.size(); t++) {
            if (starts[t]) {
                out.append('\n');
            }
            out.append(form(doc, tokens.get(t), diagnostics));
            for (String[] column : tags) {
                out.append('\t').append(column[t]);
            }
            out.append('\n');
        }
        out.append('\n');
        losses(doc, diagnostics);
    }

    private static void tag(SpanAnnotation a, String label, List<Span> tokens, String[] column, String text,
                            List<Diagnostic> diagnostics) {
        String id = a.id().value();
        Span span = a.span();
        int first = -1;
        int last = -1;
        for (int t = 0; t < tokens.size(); t++) {
            Span token = tokens.get(t);
            if (token.start() < span.end() && span.start() < token.end()) {
                first = first < 0 ? t : first;
                last = t;
            }
        }
        if (first < 0) {
            loss(diagnostics, id, "span " + span + " covers no token; not written");
            return;
        }
        for (int t = first; t <= last; t++) {
            if (!column[t].equals("O")) {
                loss(diagnostics, id, "span " + span + " overlaps or nests in another span of its column; not written "
                        + "(a CoNLL column is one flat layer)");
                return;
            }
        }
        if (tokens.get(first).start() != span.start() || tokens.get(last).end() != span.end()) {
            loss(diagnostics, id, "span " + span + " does not start and end on token boundaries; snapped to tokens ["
                    + tokens.get(first).start() + ", " + tokens.get(last).end() + ")");
        }
        if (!a.extent().isContinuous()) {
            loss(diagnostics, id, "discontinuous span " + a.extent() + " written as its bounds");
        }
        for (int t = first; t <= last; t++) {
            column[t] = (t == first ? "B-" : "I-") + label;
        }
    }

    private static String form(Document doc, Span token, List<Diagnostic> diagnostics) {
        String form = token.coveredText(doc.text());
        if (form.isEmpty() || form.chars().anyMatch(Character::isWhitespace)) {
            loss(diagnostics, null, "token " + token + " is empty or holds white space; written with '_' for it");
            return form.isEmpty() ? "_" : form.replaceAll("\\s", "_");
        }
        return form;
    }

    private static String column(SpanAnnotation a) {
        if (a instanceof Mention) {
            return "MENTION";
        }
        if (a instanceof Quote) {
            return "QUOTE";
        }
        if (a instanceof Cue) {
            return "CUE";
        }
        if (a instanceof Claim) {
            return "CLAIM";
        }
        return a instanceof GenericSpan ? ((GenericSpan) a).layer() : null;
    }

    private static String label(Document doc, SpanAnnotation a) {
        if (a instanceof Mention) {
            Mention m = (Mention) a;
            return m.entity() == null ? "MENTION" : doc.entity(m.entity()).map(e -> e.entityType().name()).orElse("MENTION");
        }
        if (a instanceof GenericSpan) {
            return ((GenericSpan) a).label().replaceAll("\\s", "_");
        }
        return column(a);
    }

    private static void losses(Document doc, List<Diagnostic> diagnostics) {
        for (Annotation a : doc.annotations()) {
            if (!(a instanceof SpanAnnotation)) {
                loss(diagnostics, a.id().value(), a.kind() + ": CoNLL has no relations");
            } else if (a instanceof Claim || a instanceof Quote || a instanceof Cue) {
                details(a, diagnostics);
            } else if (a instanceof GenericSpan && !((GenericSpan) a).attributes().isEmpty()) {
                loss(diagnostics, a.id().value(), "attributes " + ((GenericSpan) a).attributes().keySet() + " are lost");
            }
        }
        Map<SegmentType, Integer> segments = new LinkedHashMap<>();
        for (Segment s : doc.segments()) {
            if (s.segmentType() != SegmentType.TOKEN && s.segmentType() != SegmentType.SENTENCE) {
                segments.merge(s.segmentType(), 1, Integer::sum);
            }
        }
        segments.forEach((type, n) -> loss(diagnostics, null, "document " + doc.id() + ": " + n + " " + type
                + " segments are not written (only tokens and sentences are)"));
        doc.entities().forEach(e -> loss(diagnostics, e.id().value(), "entity " + e.canonicalName()
                + ": only its type survives, as its mentions' tag"));
    }

    private static void details(Annotation a, List<Diagnostic> diagnostics) {
        if (a instanceof Claim) {
            loss(diagnostics, a.id().value(), "claim type, checkworthy, claimText, claimant and links are lost");
        } else if (a instanceof Quote) {
            loss(diagnostics, a.id().value(), "quote type, verbatim parts and embedding are lost");
        } else if (((Cue) a).lemma() != null) {
            loss(diagnostics, a.id().value(), "cue lemma is lost");
        }
    }

    private static void loss(List<Diagnostic> diagnostics, String subject, String message) {
        diagnostics.add(Diagnostic.warning(Losses.CODE, subject, message));
    }
}

package org.standoff.corpus.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Extent;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.OffsetConverter;
import org.standoff.corpus.exchange.Losses;

/**
 * Writes the lines of one {@code .ann} file: hands out brat ids per kind ({@code T1}, {@code E1},
 * ...), converts extents to the file's reading, and keeps lines grouped by kind in brat's usual
 * order (T, E, R, *, A, N, #). A span that crosses a line break is written as fragments around it,
 * since a {@code T} line's text cannot hold a newline; that is reported.
 */
final class AnnBuilder {
    private final String text;
    private final OffsetConverter offsets;
    private final List<Diagnostic> diagnostics;
    private final Map<Character, Integer> counters = new LinkedHashMap<>();
    private final Map<Character, List<String>> lines = new LinkedHashMap<>();

    AnnBuilder(String text, OffsetConverter offsets, List<Diagnostic> diagnostics) {
        this.text = text;
        this.offsets = offsets;
        this.diagnostics = diagnostics;
        for (char kind : new char[] {'T', 'E', 'R', '*', 'A', 'N', '#'}) {
            counters.put(kind, 0);
            lines.put(kind, new ArrayList<>());
        }
    }

    /** The next id of {@code kind}: {@code T3}, {@code #2}. */
    String nextId(char kind) {
        int next = counters.merge(kind, 1, Integer::sum);
        return kind + Integer.toString(next);
    }

    /**
     * Writes a {@code T} line for {@code extent} and returns its id, or {@code null} (reported as a
     * loss of {@code subject}) when an offset cannot be written in this reading.
     */
    String textBound(String type, Extent extent, String subject) {
        List<Span> fragments = new ArrayList<>();
        for (Span fragment : extent.fragments()) {
            fragments.addAll(splitAtLineBreaks(fragment));
        }
        if (fragments.isEmpty()) {
            loss(subject, "span " + extent + " covers only line breaks, which a T line cannot hold; not written");
            return null;
        }
        if (!fragments.equals(extent.fragments())) {
            loss(subject, "span " + extent + " crosses a line break; written as " + fragments.size()
                    + " fragments around it (a T line's text cannot hold a newline)");
        }
        StringBuilder body = new StringBuilder(type);
        List<String> covered = new ArrayList<>();
        for (Span fragment : fragments) {
            int start = offsets.fromUtf16(fragment.start());
            int end = offsets.fromUtf16(fragment.end());
            if (start == OffsetConverter.NONE || end == OffsetConverter.NONE) {
                loss(subject, "span " + extent + " starts or ends inside a character of the "
                        + offsets.reading().displayName() + " reading (e.g. between CR and LF); not written");
                return null;
            }
            body.append(covered.isEmpty() ? " " : ";").append(start).append(' ').append(end);
            covered.add(fragment.coveredText(text));
        }
        String id = nextId('T');
        lines.get('T').add(id + "\t" + body + "\t" + String.join(" ", covered));
        return id;
    }

    /** Adds a line of {@code kind} with the given id (null for {@code *}), body and optional text. */
    void line(char kind, String id, String body, String lineText) {
        String line = (id == null ? "*" : id) + "\t" + body + (lineText == null ? "" : "\t" + lineText);
        lines.get(kind).add(line);
    }

    /** Reports that {@code subject} lost something on export. */
    void loss(String subject, String message) {
        diagnostics.add(Diagnostic.warning(Losses.CODE, subject, message));
    }

    /** Reports a document-level warning with {@code code}. */
    void report(String code, String message) {
        diagnostics.add(Diagnostic.warning(code, null, message));
    }

    /** The file's content: every line, grouped by kind, each ending with a newline. */
    String content() {
        StringBuilder out = new StringBuilder();
        lines.values().forEach(group -> group.forEach(line -> out.append(line).append('\n')));
        return out.toString();
    }

    private List<Span> splitAtLineBreaks(Span span) {
        if (span.isEmpty()) {
            return List.of(span);
        }
        List<Span> parts = new ArrayList<>();
        int start = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
            boolean lineBreak = i < span.end() && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
            if (lineBreak || i == span.end()) {
                if (i > start) {
                    parts.add(Span.of(start, i));
                }
                start = i + 1;
            }
        }
        return parts;
    }
}

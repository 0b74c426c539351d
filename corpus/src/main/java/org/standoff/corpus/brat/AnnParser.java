package org.standoff.corpus.brat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.corpus.exchange.SpanClaim;

/**
 * Parses the lines of a brat {@code .ann} file, as brat's server does: an id, a TAB, the body and
 * for {@code T}, {@code N} and {@code #} lines a TAB and a text. Trailing TABs ({@code R} lines of
 * real files), ids out of order and blank lines are accepted, and so is a {@code T} line whose text
 * goes on over the next lines because its span covers a line break; a line that cannot be read is a
 * {@code brat.syntax} error naming the file and line, and the parser goes on.
 */
final class AnnParser {
    /** brat's id pattern: {@code ^([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*?)$}, plus {@code *}. */
    private static final Pattern ID = Pattern.compile("([A-Za-z]+|#[A-Za-z]*)[0-9]+|\\*");
    /** The start of an annotation line: an id and a TAB. */
    private static final Pattern ANNOTATION = Pattern.compile("(([A-Za-z]+|#[A-Za-z]*)[0-9]+|\\*)\t");
    private static final Pattern OFFSETS = Pattern.compile("\\d{1,9} \\d{1,9}(;\\d{1,9} \\d{1,9})*");

    private final String fileName;
    private final List<Diagnostic> diagnostics;

    AnnParser(String fileName, List<Diagnostic> diagnostics) {
        this.fileName = fileName;
        this.diagnostics = diagnostics;
    }

    /** Every line of {@code content} that could be read, in file order. */
    List<AnnLine> parse(String content) {
        List<AnnLine> lines = new ArrayList<>();
        String[] raw = content.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                continue;
            }
            int first = i;
            String joined = raw[i];
            while (i + 1 < raw.length && isShortTextBound(joined) && !ANNOTATION.matcher(raw[i + 1]).lookingAt()) {
                joined = joined + "\n" + raw[++i];
            }
            AnnLine parsed = line(joined, first + 1);
            if (parsed != null) {
                lines.add(parsed);
            }
        }
        return lines;
    }

    /**
     * Whether {@code raw} is a {@code T} line whose text is shorter than its offsets say: the span
     * covers a line break, and the text goes on in the next lines (PolNeAR writes such lines; brat's
     * own editor does not make them). Lengths are compared in code points, brat's unit.
     */
    private static boolean isShortTextBound(String raw) {
        String[] fields = raw.split("\t", 3);
        if (fields.length < 3 || !fields[0].startsWith("T")) {
            return false;
        }
        Matcher offsets = OFFSETS.matcher(fields[1].substring(fields[1].indexOf(' ') + 1).trim());
        if (!offsets.matches()) {
            return false;
        }
        long expected = -1;
        for (String fragment : offsets.group().split(";")) {
            String[] ends = fragment.split(" ");
            expected += Long.parseLong(ends[1]) - Long.parseLong(ends[0]) + 1;
        }
        return fields[2].codePointCount(0, fields[2].length()) < expected;
    }

    private AnnLine line(String raw, int number) {
        String[] fields = raw.split("\t", 3);
        Matcher id = ID.matcher(fields[0]);
        if (fields.length < 2 || !id.matches()) {
            return error(number, "cannot read line: expected an id (T1, R1, E1, A1, M1, N1, #1 or *), a TAB and a body");
        }
        String[] body = fields[1].trim().split(" +");
        String text = fields.length > 2 ? fields[2] : null;
        char kind = fields[0].charAt(0);
        try {
            return switch (kind) {
                case 'T' -> textBound(fields[0], fields[1], text, number);
                case 'R' -> new AnnLine.Relation(fields[0], body[0], args(body, 1, number), number);
                case 'E' -> event(fields[0], body, number);
                case 'A', 'M' -> attribute(fields[0], body, number);
                case 'N' -> normalization(fields[0], body, text, number);
                case '#' -> new AnnLine.Note(fields[0], body[0], body[1], text == null ? "" : text, number);
                case '*' -> new AnnLine.Equiv(body[0], List.of(body).subList(1, body.length), number);
                default -> error(number, "unknown annotation kind \"" + fields[0] + "\"");
            };
        } catch (IndexOutOfBoundsException e) {
            return error(number, "line \"" + fields[0] + "\" has too few fields");
        }
    }

    private AnnLine textBound(String id, String body, String text, int number) {
        int space = body.indexOf(' ');
        String offsets = space < 0 ? "" : body.substring(space + 1).trim();
        if (space < 0 || !OFFSETS.matcher(offsets).matches()) {
            return error(number, id + ": expected \"TYPE START END\" (fragments joined by ';'), found \"" + body + "\"");
        }
        if (text == null) {
            return error(number, id + ": a text-bound annotation needs a TAB and its covered text");
        }
        List<SpanClaim.Range> ranges = new ArrayList<>();
        for (String fragment : offsets.split(";")) {
            String[] ends = fragment.split(" ");
            ranges.add(new SpanClaim.Range(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
        }
        return inDocumentOrder(new AnnLine.TextBound(id, body.substring(0, space), ranges, text, number));
    }

    /**
     * The line with its fragments in document order: PolNeAR writes some discontinuous spans in the
     * order the annotator selected them ({@code 209 236;91 186}), their text joined in that order. When
     * the text's parts have the fragments' lengths (code points, brat's unit), both are reordered;
     * otherwise the line is left as written and the span check reports it.
     */
    private static AnnLine.TextBound inDocumentOrder(AnnLine.TextBound t) {
        List<SpanClaim.Range> ranges = t.ranges();
        List<SpanClaim.Range> sorted = new ArrayList<>(ranges);
        sorted.sort(java.util.Comparator.comparingInt(SpanClaim.Range::start));
        if (sorted.equals(ranges)) {
            return t;
        }
        List<String> parts = new ArrayList<>();
        int at = 0;
        String text = t.text();
        for (SpanClaim.Range range : ranges) {
            int length = range.end() - range.start();
            if (at > text.length() || text.codePointCount(at, text.length()) < length) {
                return t;
            }
            int end = text.offsetByCodePoints(at, length);
            parts.add(text.substring(at, end));
            at = end + 1;
        }
        if (at != text.length() + 1) {
            return t;
        }
        List<String> reordered = new ArrayList<>();
        sorted.forEach(range -> reordered.add(parts.get(ranges.indexOf(range))));
        return new AnnLine.TextBound(t.id(), t.type(), sorted, String.join(" ", reordered), t.line());
    }

    private AnnLine event(String id, String[] body, int number) {
        int colon = body[0].indexOf(':');
        if (colon < 0) {
            return error(number, id + ": expected \"TYPE:TRIGGER\", found \"" + body[0] + "\"");
        }
        return new AnnLine.Event(id, body[0].substring(0, colon), body[0].substring(colon + 1), args(body, 1, number), number);
    }

    private AnnLine attribute(String id, String[] body, int number) {
        return new AnnLine.Attribute(id, body[0], body[1], body.length > 2 ? body[2] : null, number);
    }

    private AnnLine normalization(String id, String[] body, String text, int number) {
        int colon = body[2].indexOf(':');
        if (colon < 0) {
            return error(number, id + ": expected \"RESOURCE:ENTRY\", found \"" + body[2] + "\"");
        }
        return new AnnLine.Normalization(id, body[0], body[1], body[2].substring(0, colon),
                body[2].substring(colon + 1), text == null ? "" : text, number);
    }

    private List<AnnLine.Arg> args(String[] body, int from, int number) {
        List<AnnLine.Arg> args = new ArrayList<>();
        for (int i = from; i < body.length; i++) {
            int colon = body[i].indexOf(':');
            if (colon <= 0 || colon == body[i].length() - 1) {
                error(number, "argument \"" + body[i] + "\" is not ROLE:ID; skipped");
                continue;
            }
            args.add(new AnnLine.Arg(body[i].substring(0, colon), body[i].substring(colon + 1)));
        }
        return args;
    }

    private AnnLine error(int number, String message) {
        diagnostics.add(Diagnostic.error("brat.syntax", null, message).at(new Location(fileName, null, number, 1)));
        return null;
    }
}

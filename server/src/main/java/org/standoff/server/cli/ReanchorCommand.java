package org.standoff.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.standoff.core.anchor.Reanchor;
import org.standoff.core.anchor.ReanchorOptions;
import org.standoff.core.anchor.ReanchorReport;
import org.standoff.core.anchor.Reanchoring;
import org.standoff.core.anchor.SpanChange;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Document;
import org.standoff.core.model.Revision;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;
import org.standoff.core.validation.Severity;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff reanchor OLD.standoff.json NEW.txt OUT}: moves a document's annotations onto a
 * revised text, writes the result (with its revision record) to OUT, and prints the report: the
 * count per status and every span that did not come through exactly, with its old and new context.
 * Offsets in the report count code points. Exit code 0 when nothing needs review, 1 when something
 * does (OUT is written either way), 2 when an input cannot be read.
 */
@Command(name = "reanchor", mixinStandardHelpOptions = true,
        description = "Move the annotations of a standoff JSON file onto a revised text, write the result"
                + " and report every span that moved, changed or was lost. Exits 1 when spans need review.")
final class ReanchorCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD.standoff.json", description = "The annotated document.")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW.txt", description = "The revised text, UTF-8, taken exactly as it is.")
    Path revised;

    @Parameters(index = "2", paramLabel = "OUT", description = "Where to write the re-anchored standoff JSON file.")
    Path out;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "0.75",
            description = "The lowest score, 0 to 1, at which a span is placed by search or fuzzy match (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--review-only", description = "List only the spans that need review, not the shifted ones.")
    boolean reviewOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!(threshold >= 0 && threshold <= 1)) {
            err.println("standoff reanchor: --threshold must be from 0 to 1, found " + threshold);
            return 2;
        }
        ReadResult read = StandoffJson.read(old);
        read.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(d -> err.println(old + ": " + d));
        if (read.document() == null || read.hasErrors()) {
            err.println("standoff reanchor: " + old + " has errors; fix them first (standoff validate " + old + ")");
            return 2;
        }
        String text;
        try {
            text = readUtf8(revised);
        } catch (IOException e) {
            err.println("standoff reanchor: cannot read " + revised + ": " + e.getMessage());
            return 2;
        }
        Reanchoring result = Reanchor.reanchor(read.document(), text, ReanchorOptions.DEFAULTS.withThreshold(threshold));
        try {
            StandoffJson.write(result.document(), out, WriterOptions.DEFAULTS);
        } catch (IOException e) {
            err.println("standoff reanchor: cannot write " + out + ": " + e.getMessage());
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        print(read.document(), result, stdout);
        stdout.flush();
        return result.report().reviewCount() > 0 ? 1 : 0;
    }

    private void print(Document before, Reanchoring result, PrintWriter out) {
        ReanchorReport report = result.report();
        out.println("re-anchored " + before.id() + " onto " + revised + " -> " + out(result));
        out.println(report.counts().entrySet().stream().map(e -> e.getKey().wireName() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + " (" + report.reviewCount() + " to review)");
        OffsetIndex oldOffsets = before.offsets();
        OffsetIndex newOffsets = result.document().offsets();
        for (SpanChange change : report.changes()) {
            if (reviewOnly && !change.status().needsReview()) {
                continue;
            }
            out.println(String.format(Locale.ROOT, "%-8s %s (%s)%s  %s -> %s", change.status().wireName(), change.annotation(),
                    change.kind(), change.score() == null ? "" : " score " + change.score(),
                    codePoints(change.oldSpan(), oldOffsets), codePoints(change.newSpan(), newOffsets)));
            out.println("  old: " + change.oldContext().toLine());
            out.println("  new: " + change.newContext().toLine());
        }
        for (Revision.Anchor relation : report.relationsWithOrphanedParts()) {
            out.println(String.format(Locale.ROOT, "%-8s %s: orphaned parts %s", relation.status().wireName(),
                    relation.annotation(), String.join(", ", relation.orphanedParts())));
        }
    }

    private String out(Reanchoring result) {
        return out + " (" + result.document().spanAnnotations().size() + " spans, "
                + (result.document().attributions().size() + result.document().genericRelations().size()) + " relations)";
    }

    private static String codePoints(Span span, OffsetIndex offsets) {
        return "[" + offsets.fromUtf16(span.start(), OffsetUnit.CODEPOINT) + ", "
                + offsets.fromUtf16(span.end(), OffsetUnit.CODEPOINT) + ")";
    }

    /** The file's text, exactly: malformed UTF-8 is an error, never replaced. */
    private static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 (" + e.getMessage() + ")", e);
        }
    }
}

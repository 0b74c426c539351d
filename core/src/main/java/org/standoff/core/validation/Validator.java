package org.standoff.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.model.SpanAnnotation;

/**
 * Checks a document and reports every problem as a {@link Diagnostic}; it never stops at the
 * first. Thread-safe and stateless.
 *
 * <p>What it checks, with the codes it reports (the list with examples is in docs/VALIDATION.md):
 * <ul>
 *   <li>spans: past the end of the text ({@code span.out-of-range}), an offset inside a surrogate
 *       pair ({@code span.surrogate}), a verbatim part outside its quote ({@code span.outside}),
 *       a span that cuts a grapheme cluster ({@code span.grapheme}, a warning);</li>
 *   <li>ids: one value used twice among annotations and entities ({@code id.duplicate});</li>
 *   <li>references: to nothing ({@code ref.dangling}), to the wrong kind ({@code ref.type}: an
 *       attribution's source must be a Mention, a claimant an Entity, ...), cycles of
 *       {@code nestedIn} or {@code embeddedIn} ({@code ref.cycle}), an attribution without content
 *       ({@code attribution.empty}), a claim's quote outside its attribution
 *       ({@code claim.quote-not-in-attribution}) or a claim in a quote whose claimant is the author
 *       ({@code claim.author-in-quote}, a warning);</li>
 *   <li>generic layers against the schema ({@code schema.*}).</li>
 * </ul>
 */
public final class Validator {
    private Validator() {
    }

    /**
     * Every problem of {@code document}: errors first in the order found, then warnings. An empty
     * list means the document is valid.
     */
    public static List<Diagnostic> validate(Document document) {
        return validate(document, Map.of());
    }

    /**
     * Every problem of {@code document}, and every span whose covered text differs from the text a
     * file claimed for it ({@code text.mismatch}).
     *
     * @param claimedTexts the covered text a file gave, by annotation id value; ids not in the
     *                     document are ignored
     */
    public static List<Diagnostic> validate(Document document, Map<String, String> claimedTexts) {
        List<Diagnostic> found = new ArrayList<>();
        new SpanChecks(document, found).run();
        new ReferenceChecks(document, found).run();
        new SchemaChecks(document, found).run();
        checkClaimedTexts(document, claimedTexts, found);
        List<Diagnostic> ordered = new ArrayList<>(found.size());
        for (Severity severity : Severity.values()) {
            for (Diagnostic diagnostic : found) {
                if (diagnostic.severity() == severity) {
                    ordered.add(diagnostic);
                }
            }
        }
        return Collections.unmodifiableList(ordered);
    }

    private static void checkClaimedTexts(Document document, Map<String, String> claimedTexts, List<Diagnostic> found) {
        if (claimedTexts.isEmpty()) {
            return;
        }
        for (SpanAnnotation annotation : document.spanAnnotations()) {
            String claimed = claimedTexts.get(annotation.id().value());
            if (claimed == null || annotation.span().end() > document.text().length()) {
                continue;
            }
            CoveredText.check(annotation.id().value(), claimed, annotation.coveredText(document.text()),
                    annotation.extent().toString()).ifPresent(found::add);
        }
    }
}

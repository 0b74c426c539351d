package org.standoff.corpus.mapping;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Extent;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;

/**
 * Infers a content's quote type from its quotation marks, for labels mapped with
 * {@code "quoteType": "infer"}: DIRECT when the content is one quotation (marks at both ends, nothing
 * outside them but white space and punctuation), MIXED when it contains quoted parts (each part, with
 * its marks, becomes a {@code verbatim} span), INDIRECT otherwise.
 *
 * <p>Double marks only: {@code "} (straight, opening when outside a quotation and closing inside one),
 * {@code “ ”}, {@code „}, {@code « »}. Single marks are left alone because {@code ’} is also the apostrophe
 * ({@code don’t}); they quote inside quotations, which the outer marks already cover. A quotation still
 * open at the end of a fragment goes on in the next one (a discontinuous content), and one still open
 * at the end of the content runs to its end (news style reopens each paragraph of a long quotation
 * with {@code “} and closes only the last). Examples, each the whole content:
 * <pre>
 * “gifted hands, enhanced imagination.”               DIRECT
 * “We will win,” … “and we will win big.”             DIRECT (two fragments of one quotation)
 * the cause of “comprehensive immigration reform.”    MIXED, verbatim “comprehensive immigration reform.”
 * that getting a second gig was an adequate reward    INDIRECT
 * </pre>
 */
public final class Quotations {
    private static final String PUNCTUATION = ".,;:!?-–—…()[]'‘’";

    private Quotations() {
    }

    /**
     * The type and verbatim parts of a content.
     *
     * @param type     the inferred type
     * @param verbatim for MIXED, the quoted parts with their marks, in document order (UTF-16 offsets into the
     *                 document text, each inside one fragment); otherwise empty
     */
    public record Inferred(QuoteType type, List<Span> verbatim) {
        public Inferred {
            verbatim = List.copyOf(verbatim);
        }
    }

    /** Infers the type of the content at {@code extent} of {@code text} (UTF-16 offsets). */
    public static Inferred infer(String text, Extent extent) {
        List<Span> quoted = new ArrayList<>();
        boolean inside = false;
        for (Span fragment : extent.fragments()) {
            int open = inside ? fragment.start() : -1;
            for (int i = fragment.start(); i < fragment.end(); i++) {
                char c = text.charAt(i);
                if (!inside && isOpening(c)) {
                    inside = true;
                    open = i;
                } else if (inside && isClosing(c)) {
                    inside = false;
                    quoted.add(new Span(open, i + 1));
                }
            }
            if (inside && fragment.end() > open) {
                quoted.add(new Span(open, fragment.end()));
            }
        }
        if (quoted.isEmpty()) {
            return new Inferred(QuoteType.INDIRECT, List.of());
        }
        return outsideIsPunctuation(text, extent, quoted)
                ? new Inferred(QuoteType.DIRECT, List.of())
                : new Inferred(QuoteType.MIXED, quoted);
    }

    private static boolean outsideIsPunctuation(String text, Extent extent, List<Span> quoted) {
        for (Span fragment : extent.fragments()) {
            for (int i = fragment.start(); i < fragment.end(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && PUNCTUATION.indexOf(c) < 0 && !within(quoted, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean within(List<Span> spans, int offset) {
        for (Span span : spans) {
            if (offset >= span.start() && offset < span.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '„' || c == '«';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '»';
    }
}

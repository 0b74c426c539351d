package org.standoff.core.validation;

import java.util.Optional;
import java.util.Map;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * The one check of a claimed covered text against the text a span really covers, and the one
 * wording of its diagnostic, shared by the validator, the standoff JSON reader and every importer.
 */
public final class CoveredText {
    /** The code of a covered-text mismatch. */
    public static final String MISMATCH = "text.mismatch";

    /** Java escapes for quotes, backslashes and control characters; other characters are kept. */
    private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
            new LookupTranslator(Map.of("\"", "\\\"", "\\", "\\\\")),
            new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
            JavaUnicodeEscaper.below(0x20));

    private CoveredText() {
    }

    /**
     * A {@code text.mismatch} error when {@code claimed} differs from {@code actual}, else empty.
     * Example message: {@code expected "Jiang", found "iang " at [466, 471) (codepoint)}; both
     * strings are shown with control characters escaped so white space differences are visible.
     *
     * @param subject the annotation's id value
     * @param claimed the text the file or caller gave
     * @param actual  the text the span covers
     * @param where   how to show the span in the message, e.g. {@code "[466, 471) (codepoint)"}
     */
    public static Optional<Diagnostic> check(String subject, String claimed, String actual, String where) {
        if (claimed.equals(actual)) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.error(MISMATCH, subject,
                "expected " + quoted(claimed) + ", found " + quoted(actual) + " at " + where));
    }

    /** {@code s} in double quotes, with quotes, backslashes and control characters escaped as in Java. */
    public static String quoted(String s) {
        String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return "\"" + ESCAPE.translate(shown) + "\"";
    }
}

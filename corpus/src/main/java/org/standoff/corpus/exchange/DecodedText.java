package org.standoff.corpus.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;

/**
 * A file's text decoded as FORMATS.md §11 rule 1 says: strict UTF-8, nothing normalized, a leading
 * U+FEFF stripped and reported ({@code text.bom-stripped}, a warning: tools disagree on whether
 * they counted it, so {@link UnitDetection} also tries the readings that count it). Invalid UTF-8 is
 * an error ({@code text.encoding}) naming the byte offset; the text is then decoded with U+FFFD
 * replacements so the rest of the file can still be checked.
 *
 * @param text        the decoded text, without a leading BOM
 * @param bomStripped whether a leading BOM was removed
 * @param diagnostics the BOM warning and the encoding error, if any
 */
public record DecodedText(String text, boolean bomStripped, List<Diagnostic> diagnostics) {
    /** Code of the warning that a leading byte-order mark was stripped. */
    public static final String BOM_STRIPPED = "text.bom-stripped";
    /** Code of the error that a file is not valid UTF-8. */
    public static final String ENCODING = "text.encoding";

    public DecodedText {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Decodes {@code file}. */
    public static DecodedText of(SourceFile file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = decode(file, diagnostics);
        if (!text.startsWith("\uFEFF")) {
            return new DecodedText(text, false, diagnostics);
        }
        diagnostics.add(Diagnostic.warning(BOM_STRIPPED, null, "a leading byte-order mark (U+FEFF) was stripped "
                + "from the text; offsets that counted it are detected by verification")
                .at(new Location(file.name(), null, 1, 1)));
        return new DecodedText(text.substring(1), true, diagnostics);
    }

    private static String decode(SourceFile file, List<Diagnostic> diagnostics) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(file.content());
        CharBuffer chars = CharBuffer.allocate(file.content().length + 1);
        CoderResult result = strict.decode(bytes, chars, true);
        if (!result.isError()) {
            strict.flush(chars);
            return chars.flip().toString();
        }
        diagnostics.add(Diagnostic.error(ENCODING, null, "the file is not valid UTF-8 (invalid byte at offset "
                + bytes.position() + "); invalid bytes were read as U+FFFD")
                .at(new Location(file.name(), null, 0, 0)));
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}

package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.base.ParserBase;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;

/**
 * The input of the fast path's parser when it is in memory (UTF-8 bytes or a string), for comparing
 * the string value the parser is on where the input writes it: Jackson then skips the string without
 * decoding it. Only a value that needs no JSON escape qualifies (no {@code "}, {@code \} or control
 * character): written without escapes, it is the expected value exactly when the units between its
 * quotes are the expected ones. The parser's token offset this relies on (that of the value's first
 * unit) is pinned by {@code TokenOffsetTest}, and the quotes around the range are checked every time.
 */
final class InPlace {
    /** No input in memory: every comparison answers {@code false}, and the caller decodes. */
    static final InPlace NONE = new InPlace(null, null, 0, null);

    private final ParserBase parser;
    private final byte[] bytes;
    private final int bytesLength;
    private final String json;
    private String text;
    /** The text as UTF-8 (byte input only), and the number of JSON-special characters before each offset. */
    private byte[] textUtf8;
    private int[] specialsBefore;
    private OffsetIndex.Converter utf16ToUtf8;

    private InPlace(JsonParser parser, byte[] bytes, int bytesLength, String json) {
        this.parser = parser instanceof ParserBase ? (ParserBase) parser : null;
        this.bytes = bytes;
        this.bytesLength = bytesLength;
        this.json = json;
    }

    /** The input {@code bytes[0, length)} of {@code parser}. */
    static InPlace of(JsonParser parser, byte[] bytes, int length) {
        return new InPlace(parser, bytes, length, null);
    }

    /** The input {@code json} of {@code parser}. */
    static InPlace of(JsonParser parser, String json) {
        return new InPlace(parser, null, 0, json);
    }

    /** Makes {@code text} (with its characters and index) the one {@link #isText} compares against. */
    void useText(String text, char[] chars, OffsetIndex index) {
        if (parser == null) {
            return;
        }
        this.text = text;
        this.specialsBefore = specialsBefore(chars);
        if (bytes != null) {
            this.textUtf8 = text.getBytes(StandardCharsets.UTF_8);
            this.utf16ToUtf8 = index.converter(OffsetUnit.UTF16, OffsetUnit.UTF8);
        }
    }

    /**
     * Whether the string the parser is on is the text's UTF-16 range {@code [from, to)}, compared in
     * place; {@code false} also when it cannot be compared so.
     *
     * @param utf8From {@code from} in UTF-8 when the caller has it (the file's unit is UTF-8), else -1
     * @param utf8To   {@code to} likewise
     */
    boolean isText(int from, int to, int utf8From, int utf8To) {
        if (parser == null || text == null || specialsBefore != null && specialsBefore[to] != specialsBefore[from]) {
            return false;
        }
        int at = (int) parser.getTokenCharacterOffset();
        if (bytes != null) {
            int start = utf8From >= 0 ? utf8From : utf16ToUtf8.convert(from);
            int end = utf8From >= 0 ? utf8To : utf16ToUtf8.convert(to);
            return quotedAt(at, end - start) && Arrays.equals(bytes, at, at + end - start, textUtf8, start, end);
        }
        int length = to - from;
        return quotedAt(at, length) && json.regionMatches(at, text, from, length);
    }

    /** Whether the string the parser is on is {@code value}, which {@linkplain #needsNoEscape needs no escape}, compared in place. */
    boolean is(char[] value, byte[] utf8) {
        if (parser == null) {
            return false;
        }
        int at = (int) parser.getTokenCharacterOffset();
        if (bytes != null) {
            return quotedAt(at, utf8.length) && Arrays.equals(bytes, at, at + utf8.length, utf8, 0, utf8.length);
        }
        if (!quotedAt(at, value.length)) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (json.charAt(at + i) != value[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the input has a quote before {@code at} and after {@code length} units from it: where
     * the parser's current string starts, and where it must end for its raw units to be compared.
     * Guards against an offset that means anything else.
     */
    private boolean quotedAt(int at, int length) {
        if (bytes != null) {
            return at >= 1 && at + length < bytesLength && bytes[at - 1] == '"' && bytes[at + length] == '"';
        }
        return at >= 1 && at + length < json.length() && json.charAt(at - 1) == '"' && json.charAt(at + length) == '"';
    }

    /** Whether {@code chars} need no escape in JSON, so that they can be {@linkplain #is compared in place}. */
    static boolean needsNoEscape(char[] chars) {
        return specialsBefore(chars) == null;
    }

    /**
     * For each offset, how many characters before it JSON writes escaped or stops at ({@code "},
     * {@code \} and controls); {@code null} when there are none at all.
     */
    private static int[] specialsBefore(char[] chars) {
        int[] before = null;
        int count = 0;
        for (int i = 0; i < chars.length; i++) {
            if (isSpecial(chars[i])) {
                if (before == null) {
                    before = new int[chars.length + 1];
                }
                count++;
            }
            if (before != null) {
                before[i + 1] = count;
            }
        }
        return before;
    }

    private static boolean isSpecial(char c) {
        return c == '"' || c == '\\' || c < 0x20;
    }
}

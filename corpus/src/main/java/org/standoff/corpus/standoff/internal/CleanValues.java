package org.standoff.corpus.standoff.internal;

import static org.standoff.corpus.standoff.internal.CleanReader.DECLINED;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.text.OffsetIndex;

/**
 * The values the fast path reads, each checked as the precise path's {@link Cursor} checks it: a
 * value of the wrong type or out of range declines. Not thread-safe; one instance serves one document.
 */
final class CleanValues {
    /** How many provenance ids are remembered (see {@link #provenanceRef}). */
    private static final int KNOWN_PROVENANCE = 4;

    private final JsonParser p;
    private final InPlace in;
    private final ProvenanceId[] provenanceIds = new ProvenanceId[KNOWN_PROVENANCE];
    private final char[][] provenanceChars = new char[KNOWN_PROVENANCE][];
    /** The UTF-8 of each id that needs no escape (else null), to compare in place. */
    private final byte[][] provenanceUtf8 = new byte[KNOWN_PROVENANCE][];
    private int knownProvenance;
    private int nextProvenanceSlot;

    CleanValues(JsonParser parser, InPlace in) {
        this.p = parser;
        this.in = in;
    }


    /** {@code seen} with {@code bit} set; a bit already set (a repeated key) declines. */
    static int once(int seen, int bit) {
        if ((seen & bit) != 0) {
            throw DECLINED;
        }
        return seen | bit;
    }

    static void expect(JsonParser p, JsonToken token) {
        if (p.currentToken() != token) {
            throw DECLINED;
        }
    }

    /** The constant the string the parser is on names. */
    <E extends Enum<E>> E constant(WireConstants<E> constants) throws IOException {
        E value = constants.match(p, in);
        if (value == null) {
            throw DECLINED;
        }
        return value;
    }

    /** A string; one with an unpaired surrogate (a {@code \\u} escape of one) declines. */
    String string() throws IOException {
        return withoutLoneSurrogate(text());
    }

    /** The document's text as it is: the reader checks it for unpaired surrogates once, on its own. */
    String text() throws IOException {
        expect(p, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static String withoutLoneSurrogate(String value) {
        if (OffsetIndex.firstLoneSurrogate(value) >= 0) {
            throw DECLINED;
        }
        return value;
    }

    boolean bool() {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw DECLINED;
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** An offset: an integer from 0 to {@code Integer.MAX_VALUE}, written as one. */
    static int offset(JsonParser p) throws IOException {
        expect(p, JsonToken.VALUE_NUMBER_INT);
        int value = p.getIntValue();
        if (value < 0) {
            throw DECLINED;
        }
        return value;
    }

    /** An id or a reference: non-empty, without white space around it. */
    String id() throws IOException {
        expect(p, JsonToken.VALUE_STRING);
        String plain = in.plainAscii();
        if (plain != null) {
            return plain; // taken where the input writes it: the parser skips it undecoded
        }
        String value = withoutLoneSurrogate(p.getText());
        int length = value.length();
        if (length == 0 || !isPlainIdEnd(value.charAt(0)) && Character.isWhitespace(value.codePointAt(0))
                || !isPlainIdEnd(value.charAt(length - 1)) && Character.isWhitespace(value.codePointBefore(length))) {
            throw DECLINED;
        }
        return value;
    }

    /** An ASCII character other than a space or a control, which an id may start and end with. */
    private static boolean isPlainIdEnd(char c) {
        return c > ' ' && c < 0x7F;
    }

    /**
     * A provenance reference. A file names a few records again and again (one per annotation), so
     * the last {@link #KNOWN_PROVENANCE} are kept and a repeated one is matched, not read again.
     */
    ProvenanceId provenanceRef() throws IOException {
        expect(p, JsonToken.VALUE_STRING);
        int matched = in.which(provenanceUtf8, knownProvenance);
        if (matched >= 0) {
            return provenanceIds[matched];
        }
        if (matched == InPlace.CANNOT) {
            int offset = p.getTextOffset();
            char[] chars = p.getTextCharacters();
            int length = p.getTextLength();
            for (int i = 0; i < knownProvenance; i++) {
                if (Arrays.equals(chars, offset, offset + length, provenanceChars[i], 0, provenanceChars[i].length)) {
                    return provenanceIds[i];
                }
            }
        }
        ProvenanceId id = ProvenanceId.of(id());
        int slot = knownProvenance < KNOWN_PROVENANCE ? knownProvenance++ : nextProvenanceSlot++ % KNOWN_PROVENANCE;
        provenanceIds[slot] = id;
        provenanceChars[slot] = id.value().toCharArray();
        // compared raw only when written without escapes
        boolean plain = InPlace.needsNoEscape(provenanceChars[slot]);
        provenanceUtf8[slot] = plain ? id.value().getBytes(StandardCharsets.UTF_8) : null;
        return id;
    }

    Fingerprint fingerprint() throws IOException {
        expect(p, JsonToken.START_OBJECT);
        int seen = 0;
        String sha256 = null;
        int codepoints = -1;
        int utf16 = -1;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "sha256": seen = once(seen, 1); sha256 = string(); break;
                case "codepoints": seen = once(seen, 1 << 1); codepoints = offset(p); break;
                case "utf16": seen = once(seen, 1 << 2); utf16 = offset(p); break;
                default: throw DECLINED;
            }
        }
        if (seen != 0b111 || !Fingerprint.isSha256Hex(sha256)) {
            throw DECLINED;
        }
        return new Fingerprint(sha256, codepoints, utf16);
    }

    /** An object of strings, in file order. */
    Map<String, String> strings() throws IOException {
        expect(p, JsonToken.START_OBJECT);
        Map<String, String> values = new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (values.put(name, string()) != null) {
                throw DECLINED;
            }
        }
        return values;
    }


    Double confidence() throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw DECLINED;
        }
        double value = p.getDoubleValue();
        if (!(value >= 0.0 && value <= 1.0)) {
            throw DECLINED;
        }
        return value;
    }


    /** The value the parser is on as compact JSON; an object in it that repeats a key declines. */
    String raw() throws IOException {
        String raw = JsonCopy.toCompactTextWithUniqueKeys(p);
        if (raw == null || OffsetIndex.firstLoneSurrogate(raw) >= 0 || SurrogateEscapes.hasUnpaired(raw)) {
            throw DECLINED;
        }
        return raw;
    }
}

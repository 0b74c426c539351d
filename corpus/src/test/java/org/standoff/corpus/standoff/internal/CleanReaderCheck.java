package org.standoff.corpus.standoff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.standoff.core.model.Document;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * The differential check of {@link CleanReader} against the precise decoders, shared by
 * {@link CleanReaderTest} and {@link CleanReaderProperties}: whatever the fast path returns, the
 * precise path returns too, equal and with no diagnostic; and the public read, which tries the fast
 * path first, always gives exactly the precise path's result.
 */
final class CleanReaderCheck {
    private static final String SOURCE = "input";

    private CleanReaderCheck() {
    }

    static ReaderOptions options(boolean validate) {
        return ReaderOptions.DEFAULTS.withValidate(validate);
    }

    /**
     * What the fast path makes of {@code json} read as characters (encoded once to UTF-8, as
     * {@code StandoffJson.fromJson} does), or {@code null} when it declines.
     */
    static Document fast(String json, boolean validate) {
        if (org.standoff.core.text.OffsetIndex.firstLoneSurrogate(json) >= 0) {
            return null;
        }
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return CleanReader.readWellFormed(bytes, bytes.length, options(validate));
    }

    /** What the fast path makes of {@code json} read as bytes, or {@code null} when it declines. */
    static Document fast(byte[] json, boolean validate) {
        return CleanReader.read(json, json.length, options(validate));
    }

    /** The precise decoders' reading of {@code json} as characters, as the public read names its source ({@code null}). */
    static ReadResult precise(String json, boolean validate) {
        return StandoffReader.readPrecisely(json, null, options(validate), 0);
    }

    /** The precise decoders' reading of {@code json} as bytes. */
    static ReadResult precise(byte[] json, boolean validate) {
        return StandoffReader.readPrecisely(new ByteArrayInputStream(json), SOURCE, options(validate));
    }

    /**
     * Whether the fast path parses {@code bytes} at all: it first screens out input with fewer than
     * four bytes, a zero, FE, FF or EF byte among the first four (what could make Jackson's byte
     * parser detect another encoding, or a byte order mark), and input that is not well-formed UTF-8.
     * For the statistics of the byte mutations.
     */
    static boolean passesTheEncodingScreen(byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (bytes[i] == 0 || bytes[i] == (byte) 0xFE || bytes[i] == (byte) 0xFF || bytes[i] == (byte) 0xEF) {
                return false;
            }
        }
        return Utf8Input.isWellFormed(bytes, 0, bytes.length);
    }

    /**
     * Asserts soundness for {@code json}, with validation on and off, read as characters and as its
     * UTF-8 bytes: a document the fast path returns is the precise path's, equal and with no
     * diagnostic; and the public read gives exactly the precise path's result (the fast path's
     * document with no diagnostic when it accepts). Returns what the fast path made of the
     * characters with validation on ({@code null}: declined).
     */
    static Document assertSound(String json) {
        for (boolean validate : new boolean[] {false, true}) {
            ReadResult precise = precise(json, validate);
            assertAgrees("characters", json, validate, fast(json, validate), precise);
            assertSamePublicRead("characters", json, validate, StandoffJson.fromJson(json, options(validate)), precise);
        }
        assertSound(json.getBytes(StandardCharsets.UTF_8), json);
        return fast(json, true);
    }

    /**
     * Asserts soundness for {@code bytes} (any bytes): with validation on and off, a document the fast
     * path returns is the precise path's, with no diagnostic, and the public reads (of a stream and
     * of the array) give exactly the precise path's result.
     *
     * @param input what failure messages show as the input
     */
    static void assertSound(byte[] bytes, String input) {
        for (boolean validate : new boolean[] {false, true}) {
            ReadResult precise = precise(bytes, validate);
            assertAgrees("bytes", input, validate, fast(bytes, validate), precise);
            assertSamePublicRead("bytes", input, validate,
                    StandoffJson.read(new ByteArrayInputStream(bytes), SOURCE, options(validate)), precise);
            assertSamePublicRead("an array", input, validate, StandoffJson.read(bytes, SOURCE, options(validate)), precise);
        }
    }

    private static void assertAgrees(String as, String input, boolean validate, Document fast, ReadResult precise) {
        if (fast == null) {
            return;
        }
        String what = "the fast path accepted this input (read as " + as + ", validate=" + validate + ")";
        assertThat(precise.diagnostics())
                .as(() -> what + " but the precise path reports diagnostics; input:\n" + input)
                .isEmpty();
        assertThat(fast)
                .as(() -> what + " but its document differs from the precise path's in "
                        + difference(fast, precise.document()) + "; input:\n" + input)
                .isEqualTo(precise.document());
    }

    private static void assertSamePublicRead(String as, String input, boolean validate, ReadResult publicRead,
                                             ReadResult precise) {
        String what = "the public read (of " + as + ", validate=" + validate + ")";
        assertThat(publicRead.diagnostics())
                .as(() -> what + " reports other diagnostics than the precise path; input:\n" + input)
                .isEqualTo(precise.diagnostics());
        assertThat(publicRead.document())
                .as(() -> what + " gives another document than the precise path, differing in "
                        + difference(publicRead.document(), precise.document()) + "; input:\n" + input)
                .isEqualTo(precise.document());
    }

    /** The parts in which two documents differ, for a failure message. */
    static String difference(Document a, Document b) {
        if (a == null || b == null) {
            return "(no document)";
        }
        Map<String, Function<Document, Object>> parts = new LinkedHashMap<>();
        parts.put("id", Document::id);
        parts.put("text", Document::text);
        parts.put("metadata", Document::metadata);
        parts.put("schema", Document::schema);
        parts.put("entities", Document::entities);
        parts.put("provenance", Document::provenance);
        parts.put("segments", Document::segments);
        parts.put("mentions", Document::mentions);
        parts.put("quotes", Document::quotes);
        parts.put("cues", Document::cues);
        parts.put("attributions", Document::attributions);
        parts.put("claims", Document::claims);
        parts.put("genericSpans", Document::genericSpans);
        parts.put("genericRelations", Document::genericRelations);
        parts.put("unknownFields", Document::unknownFields);
        StringBuilder out = new StringBuilder();
        parts.forEach((name, part) -> {
            if (!Objects.equals(part.apply(a), part.apply(b))) {
                out.append(name).append(": fast ").append(part.apply(a)).append(" vs ").append(part.apply(b)).append("; ");
            }
        });
        return out.length() == 0 ? "(nothing visible)" : out.toString();
    }
}

package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.validation.Diagnostic;

/** Hostile input: limits from {@link ReaderOptions}, and input streams that fail; nothing may be thrown. */
class LimitsTest {
    private static final String HEAD = "{\"format\": \"standoff/1\", \"id\": \"d\", \"offsetUnit\": \"codepoint\", \"text\": \"";

    /** {@code HEAD}, then {@code count} bytes of 'a', then the rest of a document, generated lazily. */
    private static InputStream hugeText(long count) {
        InputStream filler = new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)), filler,
                new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8)))));
    }

    private static Diagnostic only(ReadResult result) {
        assertThat(result.document()).isNull();
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    @Test
    void aHundredMegabyteStringStopsAtTheStringLimit() {
        Diagnostic d = only(StandoffJson.read(hugeText(100_000_000L), "huge.json"));

        assertThat(d.code()).isEqualTo("limit.string-length");
        assertThat(d.location().pointer()).isEqualTo("/text");
        assertThat(d.location().line()).isEqualTo(1);
        assertThat(d.message()).contains("exceeds the maximum allowed (20000000)").contains("ReaderOptions.maxStringLength");
    }

    @Test
    void theDocumentSizeLimitCountsBytes() {
        Diagnostic d = only(StandoffJson.read(hugeText(5_000), "big.json", ReaderOptions.DEFAULTS.withMaxDocumentBytes(4_096)));

        assertThat(d.code()).isEqualTo("limit.document-size");
        assertThat(d.message()).isEqualTo("the document is larger than the limit of 4096 bytes (ReaderOptions.maxDocumentBytes)");
    }

    @Test
    void theDocumentSizeLimitAppliesToStrings() {
        Diagnostic d = only(StandoffJson.fromJson(HEAD + "\u00E9\u00E9\"}", ReaderOptions.DEFAULTS.withMaxDocumentBytes(HEAD.length() + 4)));

        assertThat(d.code()).isEqualTo("limit.document-size");
    }

    @Test
    void nestingDepthIsConfigurable() {
        String json = HEAD + "x\", \"deep\": [[[[[[[[]]]]]]]]}";

        assertThat(StandoffJson.fromJson(json).errors()).isEmpty();
        Diagnostic d = only(StandoffJson.fromJson(json, ReaderOptions.DEFAULTS.withMaxNestingDepth(6)));
        assertThat(d.code()).isEqualTo("limit.nesting-depth");
        assertThat(d.location().pointer()).isEqualTo("/deep/0/0/0/0/0");
    }

    @Test
    void numberLengthIsConfigurable() {
        String json = HEAD + "x\", \"n\": 123456789}";

        assertThat(StandoffJson.fromJson(json).errors()).isEmpty();
        Diagnostic d = only(StandoffJson.fromJson(json, ReaderOptions.DEFAULTS.withMaxNumberLength(5)));
        assertThat(d.code()).isEqualTo("limit.number-length");
        assertThat(d.message()).contains("Number value length (9) exceeds the maximum allowed (5)");
    }

    @Test
    void anInputStreamThatFailsGivesAnIoError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };

        Diagnostic d = only(StandoffJson.read(failing, "broken"));

        assertThat(d.code()).isEqualTo("io.error");
        assertThat(d.message()).contains("disk on fire");
    }

    @Test
    void aRuntimeExceptionIsReportedAsAnInternalErrorNamingItNotHidden() {
        InputStream buggy = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("bug in a decoder");
            }
        };

        Diagnostic d = only(StandoffJson.read(buggy, "buggy"));

        assertThat(d.code()).isEqualTo("internal.error");
        assertThat(d.message()).contains("please report it").contains("java.lang.IllegalStateException: bug in a decoder")
                .contains(" at ");
    }

    @Test
    void aMissingFileIsAnIoError() {
        Diagnostic d = only(StandoffJson.read(java.nio.file.Path.of("no/such/file.standoff.json")));

        assertThat(d.code()).isEqualTo("io.error");
        assertThat(d.location().source()).isEqualTo("no/such/file.standoff.json");
    }
}

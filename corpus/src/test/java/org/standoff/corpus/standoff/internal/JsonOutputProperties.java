package org.standoff.corpus.standoff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Our JSON emitters write what Jackson's generator wrote before them: the same escaping of strings
 * and names (controls, quotes, backslashes; everything else as itself), the same numbers, and
 * through {@link Utf8JsonOutput} the bytes a JDK UTF-8 writer makes of those characters (an
 * unpaired surrogate becomes {@code ?}). Strings run past the emitters' chunk size, so surrogate
 * pairs straddle chunk borders, and ranges of a text cut its surrogate pairs.
 */
class JsonOutputProperties {
    private static final JsonFactory JACKSON = new JsonFactory();

    @Property(tries = 300)
    void stringsAreEscapedAsJacksonDoes(@ForAll("texts") String text, @ForAll boolean pretty) throws IOException {
        String expected = jackson(g -> {
            g.writeStartObject();
            g.writeFieldName(text);
            g.writeString(text);
            g.writeEndObject();
        }, pretty);

        assertThat(chars(out -> write(out, text), pretty)).isEqualTo(loneEscaped(expected));
        assertThat(utf8(out -> write(out, text), pretty)).isEqualTo(encodedByJdk(loneEscaped(expected)));
    }

    @Property(tries = 500)
    void aRangeIsWrittenAsItsSubstring(@ForAll("texts") String text, @ForAll @IntRange(max = 5000) int a,
                                       @ForAll @IntRange(max = 5000) int b) throws IOException {
        int from = Math.min(a, b) % (text.length() + 1);
        int to = Math.max(from, Math.max(a, b) % (text.length() + 1));
        String expected = loneEscaped(jackson(g -> g.writeString(text.substring(from, to)), false));

        assertThat(chars(out -> out.string(text, from, to), false)).isEqualTo(expected);
        assertThat(utf8(out -> out.string(text, from, to), false)).isEqualTo(encodedByJdk(expected));
        JsonWrite range = out -> {
            out.useText(text);
            out.textString(from, to);
        };
        assertThat(chars(range, false)).isEqualTo(expected);
        assertThat(utf8(range, false)).isEqualTo(encodedByJdk(expected));
    }

    @Property(tries = 300)
    void outputReadsBackAsTheSameStringWithUnpairedSurrogatesEscapedNotReplaced(@ForAll("texts") String text) throws IOException {
        byte[] json = utf8(out -> out.string(text), false);

        try (JsonParser parser = JACKSON.createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
            assertThat(parser.getText()).isEqualTo(text);
        }
    }

    /**
     * Jackson's output with each unpaired surrogate, which Jackson writes as it is, as the
     * {@code \\u} escape our output writes instead (UTF-8 cannot encode one, and a replacement
     * would lose it).
     */
    private static String loneEscaped(String jacksonOutput) {
        StringBuilder out = new StringBuilder(jacksonOutput.length());
        for (int i = 0; i < jacksonOutput.length(); i++) {
            char c = jacksonOutput.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < jacksonOutput.length()
                    && Character.isLowSurrogate(jacksonOutput.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(jacksonOutput.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Property(tries = 300)
    void numbersAreWrittenAsJacksonDoes(@ForAll long integer, @ForAll int small, @ForAll double decimal) throws IOException {
        double finite = Double.isFinite(decimal) ? decimal : 0.5;
        String expected = jackson(g -> {
            g.writeStartArray();
            g.writeNumber(integer);
            g.writeNumber(small);
            g.writeNumber(finite);
            g.writeEndArray();
        }, false);
        JsonWrite numbers = out -> {
            out.startArray();
            out.number(integer);
            out.number(small);
            out.number(finite);
            out.endArray();
        };

        assertThat(chars(numbers, false)).isEqualTo(expected);
        assertThat(utf8(numbers, false)).isEqualTo(encodedByJdk(expected));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.chars().range('\u0000', '\u007F').map(String::valueOf);
        Arbitrary<String> special = Arbitraries.of("\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001F",
                "\u007F", "\u2028", "\uFEFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF");
        Arbitrary<String> bmp = Arbitraries.chars().range('\u0080', '\uFFFF').map(String::valueOf);
        Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)
                .map(Character::toString);
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(6, ascii), Tuple.of(2, special), Tuple.of(2, bmp),
                Tuple.of(2, supplementary));
        Arbitrary<List<String>> pieces = Arbitraries.frequencyOf(
                Tuple.of(4, piece.list().ofMaxSize(40)), Tuple.of(1, piece.list().ofMinSize(900).ofMaxSize(3000)));
        return pieces.map(list -> String.join("", list));
    }

    private static void write(JsonOutput out, String text) throws IOException {
        out.startObject();
        out.name(text);
        out.string(text);
        out.endObject();
    }

    /** A step writing to one of our emitters. */
    private interface JsonWrite {
        void to(JsonOutput out) throws IOException;
    }

    /** A step writing to a Jackson generator. */
    private interface JacksonWrite {
        void to(JsonGenerator generator) throws IOException;
    }

    private static String jackson(JacksonWrite write, boolean pretty) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JACKSON.createGenerator(text)) {
            if (pretty) {
                generator.setPrettyPrinter(new InlinePrinter());
            }
            write.to(generator);
        }
        return text.toString();
    }

    /** Our output as text: its UTF-8 decoded. */
    private static String chars(JsonWrite write, boolean pretty) throws IOException {
        return new String(utf8(write, pretty), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(JsonWrite write, boolean pretty) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonOutput out = new Utf8JsonOutput(bytes, pretty);
        write.to(out);
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] encodedByJdk(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        return bytes.toByteArray();
    }

    /** The one-line part of the file layout for a top-level object: {@code ": "} after names, {@code ", "} between entries. */
    private static final class InlinePrinter extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            g.writeRaw(entries > 0 ? "\n}" : "}");
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            g.writeRaw("\n  ");
        }
    }
}

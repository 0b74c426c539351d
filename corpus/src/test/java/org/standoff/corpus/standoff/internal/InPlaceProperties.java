package org.standoff.corpus.standoff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The fast path's in-place helpers against the plain answers: the bitset of characters that JSON
 * escapes, asked about any range, and ids taken from the input instead of decoded by Jackson.
 */
class InPlaceProperties {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Texts of what makes the cases: specials, printable ASCII, Latin-1, a BMP letter and a
     * supplementary character (a surrogate pair; never a lone half, which UTF-8 cannot carry).
     */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("\"", "\\", "\n", "\t", "\u0000", "\u001f", " ", "\u007f", "é", "ж", "\uD83D\uDE00"),
                Arbitraries.chars().range('!', '~').map(String::valueOf))
                .list().ofMaxSize(200).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void theBitsOfUtf8BytesAnswerEveryRangeAsAScanWould(@ForAll("texts") String text,
                                                      @ForAll @Size(10) List<@IntRange(max = 800) Integer> bounds) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        long[] bits = InPlace.specials(utf8);
        for (int i = 0; i + 1 < bounds.size(); i += 2) {
            int from = Math.min(Math.min(bounds.get(i), bounds.get(i + 1)), utf8.length);
            int to = Math.min(Math.max(bounds.get(i), bounds.get(i + 1)), utf8.length);
            boolean scanned = false;
            for (int k = from; k < to; k++) {
                scanned |= isSpecial((char) (utf8[k] & 0xFF));
            }
            assertThat(InPlace.anySpecial(bits, from, to)).as("[%d, %d) of %s", from, to, text).isEqualTo(scanned);
        }
    }

    @Property(tries = 500)
    void anIdTakenInPlaceIsTheDecodedValueAndPlainIdsAreAlwaysTaken(@ForAll("texts") String value,
                                                                   @ForAll boolean unused) throws IOException {
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(json)) {
            generator.writeStartObject();
            generator.writeStringField("id", value);
            generator.writeStringField("next", "x");
            generator.writeEndObject();
        }
        byte[] utf8 = json.toString().getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = FACTORY.createParser(utf8)) {
            InPlace in = InPlace.of(parser, utf8, utf8.length);
            parser.nextToken();
            parser.nextFieldName();
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
            String taken = in.plainAscii();
            assertThat(parser.getText()).isEqualTo(value);
            if (taken != null) {
                assertThat(taken).isEqualTo(value);
            }
            boolean plain = !value.isEmpty() && value.chars().allMatch(c -> c > ' ' && c < 0x7F && c != '"' && c != '\\');
            assertThat(taken != null).as("taken in place: %s", value).isEqualTo(plain);
        }
    }

    private static boolean isSpecial(char c) {
        return c == '"' || c == '\\' || c < 0x20;
    }
}

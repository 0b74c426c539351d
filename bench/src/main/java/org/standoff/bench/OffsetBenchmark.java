package org.standoff.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;

/**
 * {@link OffsetIndex} conversions against the naive ones a reader would otherwise write:
 * {@code String.codePointCount}, {@code String.offsetByCodePoints} and a loop counting UTF-8 bytes
 * from the start of the text.
 *
 * <p>The text is about 100,000 UTF-16 units of news-like prose. {@code bmp}: Latin text with
 * accents, curly quotes and dashes, no character outside the BMP (UTF-16 and code point offsets
 * agree; UTF-8 does not). {@code emoji}: the same with an emoji, emoji sequence or CJK Extension B
 * ideograph after about every fifth word. Offsets are 1,024 random code point boundaries, cycled.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class OffsetBenchmark {

    private static final int OFFSETS = 1024;
    private static final int TEXT_LENGTH = 100_000;
    private static final String[] WORDS = {
        "the", "minister", "said", "\u201Cwe", "will", "not", "r\u00E9sum\u00E9", "na\u00EFve", "caf\u00E9",
        "\u2014", "according", "to", "officials,\u201D", "Jos\u00E9", "M\u00FCller", "told", "reporters.", "claims",
        "percent", "\u00A3", "\u20AC", "2024", "stra\u00DFe", "fa\u00E7ade"};
    private static final String[] NON_BMP = {
        "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD840\uDC00", "\uD83C\uDF0D"};

    /** Which text: {@code bmp} or {@code emoji}. */
    @Param({"bmp", "emoji"})
    public String text;

    private String content;
    private OffsetIndex index;
    private int[] utf16Offsets;
    private int[] codepointOffsets;
    private int next;

    /** Builds the text, its index and the offsets from a fixed seed. */
    @Setup
    public void setUp() {
        Random random = new Random(7L);
        StringBuilder builder = new StringBuilder(TEXT_LENGTH + 16);
        while (builder.length() < TEXT_LENGTH) {
            builder.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            if (text.equals("emoji") && random.nextInt(5) == 0) {
                builder.append(NON_BMP[random.nextInt(NON_BMP.length)]).append(' ');
            }
        }
        content = builder.toString();
        index = OffsetIndex.of(content);
        int codepoints = content.codePointCount(0, content.length());
        utf16Offsets = new int[OFFSETS];
        codepointOffsets = new int[OFFSETS];
        for (int i = 0; i < OFFSETS; i++) {
            codepointOffsets[i] = random.nextInt(codepoints + 1);
            utf16Offsets[i] = content.offsetByCodePoints(0, codepointOffsets[i]);
        }
    }

    /** UTF-16 to code points, by the index. */
    @Benchmark
    public int utf16ToCodepointIndex() {
        return index.fromUtf16(utf16Offsets[advance()], OffsetUnit.CODEPOINT);
    }

    /** UTF-16 to code points, by {@code String.codePointCount}. */
    @Benchmark
    public int utf16ToCodepointNaive() {
        return content.codePointCount(0, utf16Offsets[advance()]);
    }

    /** Code points to UTF-16, by the index. */
    @Benchmark
    public int codepointToUtf16Index() {
        return index.toUtf16(codepointOffsets[advance()], OffsetUnit.CODEPOINT);
    }

    /** Code points to UTF-16, by {@code String.offsetByCodePoints}. */
    @Benchmark
    public int codepointToUtf16Naive() {
        return content.offsetByCodePoints(0, codepointOffsets[advance()]);
    }

    /** UTF-16 to UTF-8, by the index. */
    @Benchmark
    public int utf16ToUtf8Index() {
        return index.fromUtf16(utf16Offsets[advance()], OffsetUnit.UTF8);
    }

    /** UTF-16 to UTF-8, by counting the bytes of every character before the offset. */
    @Benchmark
    public int utf16ToUtf8Naive() {
        return utf8Length(content, utf16Offsets[advance()]);
    }

    /** Building the index of the whole text once. */
    @Benchmark
    public OffsetIndex buildIndex() {
        return OffsetIndex.of(content);
    }

    private int advance() {
        next = (next + 1) & (OFFSETS - 1);
        return next;
    }

    /** The UTF-8 length of {@code text[0, end)}: pairs are 4 bytes, everything else by its value. */
    private static int utf8Length(String text, int end) {
        int bytes = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}

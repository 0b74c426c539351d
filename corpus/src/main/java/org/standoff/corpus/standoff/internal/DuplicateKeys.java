package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A parser that rejects a key repeated in one object exactly as Jackson's
 * {@code STRICT_DUPLICATE_DETECTION} does (a {@link JsonParseException} "Duplicate field 'k'" just
 * after the repeated key's closing quote), for a parser created without it. Jackson's check makes
 * a hash set for every object of three or more keys, the reader's largest allocation; an object has
 * few keys, so scanning the keys seen is cheaper (an object with many switches to a set).
 *
 * <p>Jackson checks a key before it reads the colon after it, so an input that repeats a key and
 * then breaks (no colon, a bad value, the end of the input) fails on the key; so does this parser.
 */
final class DuplicateKeys extends JsonParserDelegate {
    /** Keys an object may have before they are kept in a set instead of scanned. */
    private static final int SCANNED = 16;
    /** Keys between two calls of {@link Source#release}. */
    private static final int RELEASE_EVERY = 256;

    /** The input the parser reads, to find where a key ends. */
    interface Source {
        /** Whether offsets are in bytes ({@code false}: in chars). */
        boolean inBytes();

        /** The byte or char at {@code offset}, which was read and not released. */
        int at(long offset);

        /** Input before {@code offset} will not be asked for again. */
        void release(long offset);
    }

    private final Source source;
    private String[][] keys = new String[8][];
    /** The hash codes of {@link #keys}, compared first (a parser's key strings have theirs cached). */
    private int[][] hashes = new int[8][];
    private int[] counts = new int[8];
    private Set<?>[] sets = new Set<?>[8];
    /** The index of the innermost open object, -1 outside every object. */
    private int depth = -1;
    private int untilRelease = RELEASE_EVERY;
    /** The key of the current {@code FIELD_NAME} token. */
    private String key;

    private DuplicateKeys(JsonParser parser, Source source) {
        super(parser);
        this.source = source;
    }

    /** {@code parser}, which must not check duplicate keys itself, checking them against {@code source}. */
    static JsonParser of(JsonParser parser, Source source) {
        return new DuplicateKeys(parser, source);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        boolean onKey = delegate.currentToken() == JsonToken.FIELD_NAME;
        JsonToken token;
        try {
            token = delegate.nextToken();
        } catch (IOException | RuntimeException e) {
            // the key this call read may be a repeat that Jackson's own check would have reported first
            if (!onKey && delegate.currentToken() == JsonToken.FIELD_NAME && depth >= 0 && seen(delegate.currentName())) {
                throw duplicate(delegate.currentName(), keyStartBefore(delegate.currentLocation()));
            }
            throw e;
        }
        if (token == JsonToken.FIELD_NAME) {
            key = delegate.currentName();
            checkKey(key);
        } else if (token == JsonToken.START_OBJECT) {
            open();
        } else if (token == JsonToken.END_OBJECT) {
            depth--;
        }
        return token;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? key : null;
    }

    /** Skips the children as Jackson does, through {@link #nextToken()} so that their keys are checked. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = delegate.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next.isStructStart()) {
                open++;
            } else if (next.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    private void open() {
        depth++;
        if (depth == keys.length) {
            keys = Arrays.copyOf(keys, depth * 2);
            hashes = Arrays.copyOf(hashes, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
            sets = Arrays.copyOf(sets, depth * 2);
        }
        counts[depth] = 0;
        sets[depth] = null;
    }

    private void checkKey(String name) throws IOException {
        if (seen(name)) {
            JsonLocation start = delegate.currentTokenLocation();
            throw duplicate(name, source.inBytes() ? start.getByteOffset() : start.getCharOffset());
        }
        add(name);
        if (--untilRelease == 0) {
            untilRelease = RELEASE_EVERY;
            JsonLocation start = delegate.currentTokenLocation();
            source.release(source.inBytes() ? start.getByteOffset() : start.getCharOffset());
        }
    }

    private boolean seen(String name) {
        if (sets[depth] != null) {
            return sets[depth].contains(name);
        }
        String[] names = keys[depth];
        int[] codes = hashes[depth];
        int hash = name.hashCode();
        for (int i = 0; i < counts[depth]; i++) {
            if (codes[i] == hash && names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private void add(String name) {
        if (sets[depth] != null) {
            ((Set<String>) sets[depth]).add(name);
            return;
        }
        int count = counts[depth];
        if (count == SCANNED) {
            Set<String> set = new HashSet<>(Arrays.asList(keys[depth]).subList(0, count));
            set.add(name);
            sets[depth] = set;
            return;
        }
        if (keys[depth] == null) {
            keys[depth] = new String[SCANNED];
            hashes[depth] = new int[SCANNED];
        }
        keys[depth][count] = name;
        hashes[depth][count] = name.hashCode();
        counts[depth] = count + 1;
    }

    /**
     * Jackson's exception for a repeated key whose opening quote is at offset {@code quote}, at the
     * place Jackson gives it: just after the key's closing quote.
     */
    private JsonParseException duplicate(String name, long quote) {
        JsonLocation start = delegate.currentTokenLocation();
        long end = keyEnd(quote);
        int column = start.getColumnNr() + (int) (end - quote);
        boolean bytes = source.inBytes();
        JsonLocation at = new JsonLocation(start.contentReference(), bytes ? end : -1L, bytes ? -1L : end,
                start.getLineNr(), column);
        return new JsonParseException(delegate, "Duplicate field '" + name + "'", at);
    }

    /** The offset just after the closing quote of the key whose opening quote is at {@code quote}. */
    private long keyEnd(long quote) {
        long i = quote + 1;
        while (source.at(i) != '"') {
            i += source.at(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    /**
     * The offset of the current key's opening quote, when reading failed after the key at
     * {@code now}. The parser's own offset of the key is not kept up to date when it reaches the end
     * of the input; its lines and columns, and the offset of {@code now}, are.
     */
    private long keyStartBefore(JsonLocation now) {
        JsonLocation key = delegate.currentTokenLocation();
        long offset = source.inBytes() ? now.getByteOffset() : now.getCharOffset();
        if (now.getLineNr() == key.getLineNr()) {
            return offset - (now.getColumnNr() - key.getColumnNr());
        }
        // only white space and a colon can lie between the key and the end of its line
        long i = offset - (now.getColumnNr() - 1) - 1;
        for (int line = now.getLineNr() - 1; line > key.getLineNr(); line--) {
            i = lineBreakBefore(i);
        }
        while (isSpaceOrColon(source.at(i))) {
            i--;
        }
        return openingQuoteBefore(i);
    }

    /** The offset of the line break (its last character) that ends the line before the break at {@code i}. */
    private long lineBreakBefore(long i) {
        long j = source.at(i) == '\n' && source.at(i - 1) == '\r' ? i - 2 : i - 1;
        while (source.at(j) != '\n' && source.at(j) != '\r') {
            j--;
        }
        return j;
    }

    private static boolean isSpaceOrColon(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':';
    }

    /** The offset of the opening quote of the key whose closing quote is at {@code closing}. */
    private long openingQuoteBefore(long closing) {
        long i = closing - 1;
        while (true) {
            while (source.at(i) != '"') {
                i--;
            }
            long backslashes = 0;
            while (source.at(i - 1 - backslashes) == '\\') {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                return i;
            }
            i--;
        }
    }

    /** The source of a char-based parser reading {@code json}. */
    static Source of(String json) {
        return new Source() {
            @Override
            public boolean inBytes() {
                return false;
            }

            @Override
            public int at(long offset) {
                return json.charAt((int) offset);
            }

            @Override
            public void release(long offset) {
                // the caller keeps the whole string anyway
            }
        };
    }
}

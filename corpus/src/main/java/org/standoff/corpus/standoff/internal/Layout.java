package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.Arrays;

/**
 * The canonical layout of a standoff JSON file: the document object has one field per line,
 * indented by two spaces; an array marked as a <em>block</em> has one element per line, indented
 * by four spaces, its closing bracket on its own line indented by two; everything else is on one
 * line with {@code ", "} between entries and {@code ": "} after names. Not thread-safe: one per generator.
 */
final class Layout implements PrettyPrinter {
    private boolean[] blocks = new boolean[16];
    private int depth;
    private boolean nextArrayIsBlock;

    /** Makes the next array written a block array. */
    void blockArray() {
        nextArrayIsBlock = true;
    }

    private void push(boolean block) {
        if (depth == blocks.length) {
            blocks = Arrays.copyOf(blocks, depth * 2);
        }
        blocks[depth++] = block;
    }

    private boolean top() {
        return depth > 0 && blocks[depth - 1];
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        push(depth == 0);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (top()) {
            g.writeRaw("\n  ");
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(top() ? ",\n  " : ", ");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        boolean block = top();
        depth--;
        g.writeRaw(block && entries > 0 ? "\n}" : "}");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        push(nextArrayIsBlock);
        nextArrayIsBlock = false;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (top()) {
            g.writeRaw("\n    ");
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(top() ? ",\n    " : ", ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        boolean block = top();
        depth--;
        g.writeRaw(block && values > 0 ? "\n  ]" : "]");
    }
}

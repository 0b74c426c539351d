package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * The bookkeeping of decoding one JSON object: where it starts, which fields were seen, whether
 * any was broken (reported already), the unknown fields kept as raw JSON, and for a {@link Kind}
 * the values of its fields and its span fields. An object with a broken or missing required field
 * is not built.
 *
 * <p>The cursor keeps one per depth of open objects and {@linkplain Cursor#objectState hands it
 * out} reset when an object starts at that depth, so decoding an object allocates nothing of its
 * own: what outlives the object (its unknown fields, a span to resolve later, a copy of its values)
 * is made anew each time.
 */
final class ObjectState {
    private final Cursor cursor;
    /** The ordinal of the object in the input, and its place once asked for. */
    private int object;
    private Loc loc;
    private boolean keepsUnknown;
    /** The cursor's frame of the object, which knows its keys. */
    private final int frame;
    private boolean broken;
    private Map<String, String> unknown;
    private Object[] values = new Object[8];
    private SpanFields span;

    ObjectState(Cursor cursor, int frame) {
        this.cursor = cursor;
        this.frame = frame;
    }

    /** Starts the object at the cursor's current {@code START_OBJECT} (at this state's depth); clears the cursor's subject. */
    ObjectState start(boolean keepsUnknownFields) {
        this.object = cursor.lastObject();
        this.loc = null;
        this.keepsUnknown = keepsUnknownFields;
        this.broken = false;
        this.unknown = null;
        cursor.subject(null);
        return this;
    }

    /** {@code n} cleared slots for the values of a kind's fields, valid until the next object at this depth. */
    Object[] values(int n) {
        if (values.length < n) {
            values = new Object[n];
        } else {
            Arrays.fill(values, 0, n, null);
        }
        return values;
    }

    /** The span fields, cleared, valid until the next object at this depth. */
    SpanFields span() {
        if (span == null) {
            span = new SpanFields();
        }
        return span.clear();
    }

    /** The next field's name (the cursor is then on its value), or {@code null} at the object's end. */
    String nextField() throws IOException {
        return cursor.nextField();
    }

    /** Returns {@code value}, remembering that the object is broken when it is {@code null}. */
    <T> T check(T value) {
        broken |= value == null;
        return value;
    }

    /** Remembers that the object is broken (a problem was reported). */
    void broken() {
        broken = true;
    }

    /** Whether {@code value} is present; reports a missing field unless a broken one was already reported. */
    boolean require(Object value, String name) {
        return require(value != null, name);
    }

    /** Whether a required field is {@code present}; reports it missing unless a broken one was already reported. */
    boolean require(boolean present, String name) {
        if (present) {
            return true;
        }
        broken = true;
        if (!saw(name)) {
            cursor.sink().error(DiagnosticCodes.FIELD_MISSING, cursor.subject(), loc(), "missing required field " + Texts.quote(name));
        }
        return false;
    }

    private boolean saw(String name) {
        return cursor.hadKey(frame, name);
    }

    /** Keeps or reports the unknown field the cursor is on. */
    void unknown(String name) throws IOException {
        if (!keepsUnknown) {
            cursor.unknownNested(name);
            return;
        }
        if (unknown == null) {
            unknown = new LinkedHashMap<>();
        }
        String raw = cursor.raw();
        if (raw != null) {
            unknown.put(name, raw);
        }
    }

    boolean isBroken() {
        return broken;
    }

    /** The resolver of the document's text when it is known already (see {@link Cursor#early()}), or {@code null}. */
    Resolver early() {
        return cursor.early();
    }

    Loc loc() {
        if (loc == null) {
            loc = cursor.objectLoc(object);
        }
        return loc;
    }

    /** The ordinal of the object among the objects of the input (see {@link Loc#object}). */
    int object() {
        return object;
    }

    /** The unknown fields in file order, possibly empty. */
    Map<String, String> unknownFields() {
        return unknown == null ? Map.of() : unknown;
    }
}

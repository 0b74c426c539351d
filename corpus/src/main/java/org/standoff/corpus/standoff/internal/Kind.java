package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.standoff.core.model.Extent;
import org.standoff.core.text.Span;

/**
 * One kind of JSON object (an annotation kind, an entity, a provenance record, a nested object such
 * as an attribution's content): its fields in canonical order, which are required, how each is
 * read and written, and how the model object is made. The reader and the writer both go through
 * it, so a field is added in one place. Immutable.
 *
 * <p>Reading reports every problem (see {@link Cursor}); an object with a missing or broken
 * required field, or any broken field, is not made. Missing fields are reported in table order,
 * the span fields first.
 *
 * @param <T> the model type
 */
final class Kind<T> {
    /** One field: its name, value type, model getter, and whether it is required or else its default. */
    static final class Field<T, V> {
        final String name;
        final FieldName wire;
        final Value<V> value;
        final Function<T, V> get;
        final boolean required;
        /** The value when the field is absent; the writer leaves it out then (unless it {@link #always writes}). */
        final V absent;
        final boolean always;
        /** For the span fields: whether they are an {@link Extent} (else a plain {@link Span}). */
        final boolean extent;

        private Field(String name, Value<V> value, Function<T, V> get, boolean required, V absent, boolean always,
                      boolean extent) {
            this.name = name;
            this.wire = name == null ? null : FieldName.of(name);
            this.value = value;
            this.get = get;
            this.required = required;
            this.absent = absent;
            this.always = always;
            this.extent = extent;
        }

        boolean isSpan() {
            return name == null;
        }

        void write(T item, Writing w) throws IOException {
            V v = get.apply(item);
            if (isSpan()) {
                if (extent) {
                    w.extent((Extent) v);
                } else {
                    w.span((Span) v);
                }
                return;
            }
            if (v == null || !always && absent != null && value.isDefault(v, absent)) {
                return;
            }
            value.writeField(wire, v, w);
        }
    }

    /** A field that must be present; always written. */
    static <T, V> Field<T, V> required(String name, Value<V> value, Function<T, V> get) {
        return new Field<>(name, value, get, true, null, true, false);
    }

    /** A field that may be absent (then {@code null}); written when not {@code null}. */
    static <T, V> Field<T, V> optional(String name, Value<V> value, Function<T, V> get) {
        return new Field<>(name, value, get, false, null, false, false);
    }

    /** A field that may be absent (then {@code absent}); written when it is something else. */
    static <T, V> Field<T, V> optional(String name, Value<V> value, Function<T, V> get, V absent) {
        return new Field<>(name, value, get, false, absent, false, false);
    }

    /** A field that may be absent (then {@code absent}); always written. */
    static <T, V> Field<T, V> always(String name, Value<V> value, Function<T, V> get, V absent) {
        return new Field<>(name, value, get, false, absent, true, false);
    }

    /** The span fields {@code start}, {@code end}, {@code text} and {@code fragments} of an annotation's extent. */
    static <T> Field<T, Extent> extent(Function<T, Extent> get) {
        return new Field<>(null, null, get, true, null, true, true);
    }

    /** The span fields {@code start}, {@code end} and {@code text} of a plain span. */
    static <T> Field<T, Span> span(Function<T, Span> get) {
        return new Field<>(null, null, get, true, null, true, false);
    }

    private final Field<T, ?>[] fields;
    private final int spanField;
    private final Function<Object[], T> make;
    private final boolean keepsUnknown;
    /** The names of the fields in canonical order, the span fields in place of the span. */
    private final FieldNames names;
    /** For each of {@link #names}: the index of its field, or for a span field {@code -1 - }its part ({@link SpanFields#NAMES}). */
    private final int[] slots;

    @SafeVarargs
    private Kind(boolean keepsUnknown, Function<Object[], T> make, Field<T, ?>... fields) {
        this.fields = fields;
        this.make = make;
        this.keepsUnknown = keepsUnknown;
        int span = -1;
        List<String> wire = new ArrayList<>();
        List<Integer> slotList = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].isSpan()) {
                span = i;
                for (int part = 0; part < SpanFields.NAMES.size(); part++) {
                    wire.add(SpanFields.NAMES.get(part));
                    slotList.add(-1 - part);
                }
            } else {
                wire.add(fields[i].name);
                slotList.add(i);
            }
        }
        this.spanField = span;
        this.names = new FieldNames(wire);
        this.slots = slotList.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A kind of top-level object (an annotation, an entity, a provenance record), whose unknown fields are kept. */
    @SafeVarargs
    static <T> Kind<T> topLevel(Function<Object[], T> make, Field<T, ?>... fields) {
        return new Kind<>(true, make, fields);
    }

    /** A kind of nested object, whose unknown fields are reported and dropped. */
    @SafeVarargs
    static <T> Kind<T> nested(Function<Object[], T> make, Field<T, ?>... fields) {
        return new Kind<>(false, make, fields);
    }

    /** The value of field {@code i} (its default when absent) of an object's {@code values} by table position, for making the model object. */
    @SuppressWarnings("unchecked")
    static <V> V get(Object[] values, int i) {
        return (V) values[i];
    }

    // ---- reading ----

    /**
     * Reads the fields of the object the cursor is in (after {@code o} was made on its start): their
     * values by table position, defaults for absent ones, or {@code null} when the object is
     * incomplete or broken (reported).
     */
    private Object[] decode(Cursor c, ObjectState o) throws IOException {
        Object[] values = o.values(fields.length);
        SpanFields span = spanField >= 0 ? o.span() : null;
        int expected = 0;
        for (int at = c.nextField(names, expected); at != Cursor.END; at = c.nextField(names, expected)) {
            if (at == Cursor.UNKNOWN) {
                o.unknown(c.name());
                continue;
            }
            expected = at + 1;
            int slot = slots[at];
            if (slot < 0) {
                span.read(-1 - slot, c, o);
            } else {
                values[slot] = o.check(fields[slot].value.read(c));
            }
        }
        boolean complete = true;
        if (span != null) {
            values[spanField] = span.value(o, fields[spanField].extent, c.subject());
            complete = values[spanField] != null;
        }
        for (int i = 0; i < fields.length; i++) {
            Field<T, ?> field = fields[i];
            if (values[i] == null && !field.isSpan()) {
                values[i] = field.absent;
                complete &= !field.required || o.require(null, field.name);
            }
        }
        return complete && !o.isBroken() ? values : null;
    }

    /** The model object of {@code values}, with spans resolved, or {@code null} when one could not be. */
    T make(Object[] values, Resolver r) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Value.Deferred) {
                values[i] = ((Value.Deferred) values[i]).resolve(r);
                if (values[i] == null) {
                    return null;
                }
            }
        }
        return make.apply(values);
    }

    private static boolean anyDeferred(Object[] values) {
        for (Object value : values) {
            if (value instanceof Value.Deferred) {
                return true;
            }
        }
        return false;
    }

    /** Reads a nested object: the object, a deferred one, or {@code null} after reporting. */
    Object readNested(Cursor c) throws IOException {
        String subject = c.subject();
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = c.objectState(keepsUnknown);
        c.subject(subject);
        Object[] values = decode(c, o);
        c.subject(subject);
        if (values == null) {
            return null;
        }
        if (anyDeferred(values)) {
            Object[] kept = Arrays.copyOf(values, fields.length);
            return new Value.Deferred(r -> make(kept, r));
        }
        return make(values, null);
    }

    /**
     * Reads an element of a top-level array (the cursor is on it) into {@code doc}: an annotation
     * is made at once when its spans are resolved already, else it waits there for its offsets to be
     * resolved; anything else is added to {@code records}.
     */
    void readInto(Cursor c, DocumentState doc, Consumer<? super T> records) throws IOException {
        c.subject(null);
        if (!c.enterObject()) {
            return;
        }
        ObjectState o = c.objectState(keepsUnknown);
        Object[] values = decode(c, o);
        if (values == null) {
            return;
        }
        String id = c.subject();
        if (records == null) {
            Object annotation = anyDeferred(values) ? new Pending(this, Arrays.copyOf(values, fields.length)) : make(values, null);
            doc.annotation(id, o, annotation);
            return;
        }
        doc.located(id, o);
        doc.unknown(id, o.unknownFields());
        records.accept(make(values, null));
    }

    // ---- writing ----

    /** Writes the fields of {@code item} in table order (inside its object). */
    void writeFields(T item, Writing w) throws IOException {
        for (Field<T, ?> field : fields) {
            field.write(item, w);
        }
    }
}

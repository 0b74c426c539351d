package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.standoff.core.model.AttributeValue;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * How one JSON value of a {@link Kind}'s field is read and written: the one place for each type of
 * value (an id, a reference, a constant, a list, a nested object…), so that a kind's table names
 * only its fields. The types are an enum switched on, not subclasses: every field of every kind
 * is read and written through the same two call sites, which virtual calls would make megamorphic.
 *
 * @param <V> the model's type of the value
 */
final class Value<V> {
    private enum Type { STRING, ID, CONSTANT, BOOL, FRACTION, INSTANT, MAP, LIST, OBJECT }

    private final Type type;
    /** ID: the typed id of a value, and the value of a typed id; whether it is the object's own. */
    private final Function<String, ?> of;
    private final Function<Object, String> idValue;
    private final boolean own;
    /** CONSTANT: the constants by ordinal, their names and their quoted names. */
    private final Object[] constants;
    private final String[] names;
    private final Literal[] quoted;
    /** FRACTION: the field's name, for the message. */
    private final String name;
    /** MAP: how a map is read and how one of its values is written. */
    private final Reader mapRead;
    private final EntryWriter<Object> mapWrite;
    /** LIST: the elements' value type. */
    private final Value<Object> element;
    /** OBJECT: the nested object's kind. */
    private final Kind<Object> kind;

    @SuppressWarnings("unchecked")
    private Value(Type type, Function<String, ?> of, Function<?, String> idValue, boolean own, Object[] constants,
                  String name, Reader mapRead, EntryWriter<?> mapWrite, Value<?> element, Kind<?> kind) {
        this.type = type;
        this.of = of;
        this.idValue = (Function<Object, String>) idValue;
        this.own = own;
        this.constants = constants;
        this.names = constants == null ? null : new String[constants.length];
        this.quoted = constants == null ? null : Literal.quotedNames((Enum<?>[]) constants);
        for (int i = 0; constants != null && i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name();
        }
        this.name = name;
        this.mapRead = mapRead;
        this.mapWrite = (EntryWriter<Object>) mapWrite;
        this.element = (Value<Object>) element;
        this.kind = (Kind<Object>) kind;
    }

    private static <V> Value<V> of(Type type) {
        return new Value<>(type, null, null, false, null, null, null, null, null, null);
    }

    /**
     * Reads the value the cursor is on: the value, a {@link Deferred} one when it holds spans, which
     * need the text, or {@code null} after reporting (the value is then skipped).
     */
    Object read(Cursor c) throws IOException {
        switch (type) {
            case STRING: return c.string();
            case ID: return readId(c);
            case CONSTANT: return c.constant(constants, names, quoted);
            case BOOL: return c.bool();
            case FRACTION: return readFraction(c);
            case INSTANT: return readInstant(c);
            case MAP: return mapRead.read(c);
            case LIST: return readList(c);
            case OBJECT: return kind.readNested(c);
            default: throw new IllegalStateException("unhandled value type " + type);
        }
    }

    /**
     * Whether {@code value} is the field's default {@code absent}, which the writer leaves out: a map
     * or a list by being empty (its default is), without {@code equals}, whose type check on an
     * interface costs more than the rest of the field.
     */
    boolean isDefault(V value, V absent) {
        switch (type) {
            case MAP: return ((Map<?, ?>) value).isEmpty();
            case LIST: return ((List<?>) value).isEmpty();
            default: return value == absent || absent.equals(value);
        }
    }

    /** Writes the field {@code name} with {@code value}; the object's own id becomes the {@link Writing#owner}. */
    void writeField(FieldName name, V value, Writing w) throws IOException {
        switch (type) {
            case STRING: w.out.stringField(name, (String) value); break;
            case ID:
                String id = idValue.apply(value);
                if (own) {
                    w.owner = id;
                }
                w.out.stringField(name, id);
                break;
            case CONSTANT: w.out.valueField(name, quoted[((Enum<?>) value).ordinal()]); break;
            default:
                w.out.name(name);
                write(value, w);
        }
    }

    /** Writes {@code value} (the field's name is written already). */
    void write(V value, Writing w) throws IOException {
        switch (type) {
            case STRING: w.out.string((String) value); break;
            case ID: w.out.string(idValue.apply(value)); break;
            case CONSTANT: w.out.value(quoted[((Enum<?>) value).ordinal()]); break;
            case BOOL: w.out.bool((Boolean) value); break;
            case FRACTION: w.out.number((Double) value); break;
            case INSTANT: w.out.string(value.toString()); break;
            case MAP: writeMap((Map<?, ?>) value, w); break;
            case LIST: writeList((List<?>) value, w); break;
            case OBJECT:
                w.out.startObject();
                kind.writeFields(value, w);
                w.out.endObject();
                break;
            default: throw new IllegalStateException("unhandled value type " + type);
        }
    }

    /**
     * A value that can be made only once offsets can be resolved: holds spans. A final class, not
     * an interface, so that telling a deferred value from a plain one is one class comparison.
     */
    static final class Deferred {
        private final Function<Resolver, Object> make;

        Deferred(Function<Resolver, Object> make) {
            this.make = make;
        }

        /** The value, or {@code null} when a span could not be resolved (the resolver reported why). */
        Object resolve(Resolver r) {
            return make.apply(r);
        }
    }

    /** {@code value} resolved if it is {@link Deferred}. */
    static Object resolve(Object value, Resolver r) {
        return value instanceof Deferred ? ((Deferred) value).resolve(r) : value;
    }

    /** A string. */
    static Value<String> string() {
        return STRING;
    }

    private static final Value<String> STRING = of(Type.STRING);

    /** The object's own id, which diagnostics about the object then name; {@code of} makes the typed id. */
    static <I> Value<I> ownId(Function<String, I> of, Function<I, String> value) {
        return new Value<>(Type.ID, of, value, true, null, null, null, null, null, null);
    }

    /** A reference: an id of another object. */
    static <I> Value<I> ref(Function<String, I> of, Function<I, String> value) {
        return new Value<>(Type.ID, of, value, false, null, null, null, null, null, null);
    }

    private Object readId(Cursor c) throws IOException {
        if (!own) {
            return c.reference(this, of);
        }
        String id = c.id();
        if (id == null) {
            return null;
        }
        c.subject(id);
        return of.apply(id);
    }

    /** One of {@code constants}, by name. */
    static <E extends Enum<E>> Value<E> constant(E[] constants) {
        return new Value<>(Type.CONSTANT, null, null, false, constants, null, null, null, null, null);
    }

    /** {@code true} or {@code false}. */
    static Value<Boolean> bool() {
        return BOOL;
    }

    private static final Value<Boolean> BOOL = of(Type.BOOL);

    /** A number from 0 to 1 in the field {@code name}. */
    static Value<Double> fraction(String name) {
        return new Value<>(Type.FRACTION, null, null, false, null, name, null, null, null, null);
    }

    private Object readFraction(Cursor c) throws IOException {
        Loc loc = c.loc();
        Double value = c.number();
        if (value != null && !(value >= 0.0 && value <= 1.0)) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, c.subject(), loc, name + " must be from 0 to 1, found " + value);
            return null;
        }
        return value;
    }

    /** An ISO-8601 UTC time. */
    static Value<Instant> instant() {
        return INSTANT;
    }

    private static final Value<Instant> INSTANT = of(Type.INSTANT);

    private static Object readInstant(Cursor c) throws IOException {
        Loc loc = c.loc();
        String text = c.string();
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, c.subject(), loc,
                    "expected an ISO-8601 UTC time such as \"2024-05-01T12:00:00Z\", found " + Texts.quote(text));
            return null;
        }
    }

    /** An object whose values are all strings, in file order. */
    static Value<Map<String, String>> strings() {
        return STRINGS;
    }

    private static final Value<Map<String, String>> STRINGS = map(Attributes::strings, (String value, JsonOutput out) -> out.string(value));

    /** Generic {@code attributes}, typed by their JSON type. */
    static Value<Map<String, AttributeValue>> attributes() {
        return ATTRIBUTES;
    }

    private static final Value<Map<String, AttributeValue>> ATTRIBUTES = map(Attributes::read, Attributes::write);

    /** Writes one value of a map. */
    private interface EntryWriter<X> {
        void write(X value, JsonOutput out) throws IOException;
    }

    /** Reads one value the cursor is on. */
    private interface Reader {
        Object read(Cursor c) throws IOException;
    }

    /** An object of free keys, in file order, whose values {@code read} reads and {@code write} writes. */
    private static <X> Value<Map<String, X>> map(Reader read, EntryWriter<X> write) {
        return new Value<>(Type.MAP, null, null, false, null, null, read, write, null, null);
    }

    private void writeMap(Map<?, ?> values, Writing w) throws IOException {
        w.out.startObject();
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            w.out.name((String) entry.getKey());
            mapWrite.write(entry.getValue(), w.out);
        }
        w.out.endObject();
    }

    /** An array of {@code element}s, on one line. */
    static <E> Value<List<E>> list(Value<E> element) {
        return new Value<>(Type.LIST, null, null, false, null, null, null, null, element, null);
    }

    private Object readList(Cursor c) throws IOException {
        if (!c.enterArray()) {
            return null;
        }
        List<Object> items = new ArrayList<>(4);
        boolean ok = true;
        boolean deferred = false;
        String subject = c.subject();
        while (c.nextElement()) {
            Object item = element.read(c);
            ok &= item != null;
            deferred |= item instanceof Deferred;
            items.add(item);
        }
        c.subject(subject);
        if (!ok) {
            return null;
        }
        return deferred ? new Deferred(r -> resolveAll(items, r)) : items;
    }

    private void writeList(List<?> items, Writing w) throws IOException {
        w.out.startArray();
        for (Object item : items) {
            element.write(item, w);
        }
        w.out.endArray();
    }

    /** The elements of {@code items} resolved, or {@code null} if any could not be (all are tried, so all are reported). */
    private static List<Object> resolveAll(List<Object> items, Resolver r) {
        List<Object> resolved = new ArrayList<>(items.size());
        boolean failed = false;
        for (Object item : items) {
            Object value = resolve(item, r);
            failed |= value == null;
            resolved.add(value);
        }
        return failed ? null : resolved;
    }

    /** A nested object of {@code kind}, whose unknown fields are reported and not kept. */
    static <T> Value<T> object(Kind<T> kind) {
        return new Value<>(Type.OBJECT, null, null, false, null, null, null, null, null, kind);
    }
}

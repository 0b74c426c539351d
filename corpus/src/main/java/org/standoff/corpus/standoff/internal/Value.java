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
 * only its fields.
 *
 * @param <V> the model's type of the value
 */
abstract class Value<V> {

    /**
     * Reads the value the cursor is on: the value, a {@link Deferred} one when it holds spans, which
     * need the text, or {@code null} after reporting (the value is then skipped).
     */
    abstract Object read(Cursor c) throws IOException;

    /** Writes {@code value} (the field's name is written already). */
    abstract void write(V value, Writing w) throws IOException;

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

    private static final Value<String> STRING = new Value<>() {
        @Override
        Object read(Cursor c) throws IOException {
            return c.string();
        }

        @Override
        void write(String value, Writing w) throws IOException {
            w.out.string(value);
        }
    };

    /** The object's own id, which diagnostics about the object then name; {@code of} makes the typed id. */
    static <I> Value<I> ownId(Function<String, I> of, Function<I, String> value) {
        return id(of, value, true);
    }

    /** A reference: an id of another object. */
    static <I> Value<I> ref(Function<String, I> of, Function<I, String> value) {
        return id(of, value, false);
    }

    private static <I> Value<I> id(Function<String, I> of, Function<I, String> value, boolean own) {
        return new Value<>() {
            @Override
            Object read(Cursor c) throws IOException {
                String id = c.id();
                if (id == null) {
                    return null;
                }
                if (own) {
                    c.subject(id);
                }
                return of.apply(id);
            }

            @Override
            void write(I id, Writing w) throws IOException {
                w.out.string(value.apply(id));
            }
        };
    }

    /** One of {@code constants}, by name. */
    static <E extends Enum<E>> Value<E> constant(E[] constants) {
        Literal[] quoted = Literal.quotedNames(constants);
        String[] names = new String[constants.length];
        for (E constant : constants) {
            names[constant.ordinal()] = constant.name();
        }
        return new Value<>() {
            @Override
            Object read(Cursor c) throws IOException {
                return c.constant(constants, names);
            }

            @Override
            void write(E value, Writing w) throws IOException {
                w.out.value(quoted[value.ordinal()]);
            }
        };
    }

    /** {@code true} or {@code false}. */
    static Value<Boolean> bool() {
        return BOOL;
    }

    private static final Value<Boolean> BOOL = new Value<>() {
        @Override
        Object read(Cursor c) throws IOException {
            return c.bool();
        }

        @Override
        void write(Boolean value, Writing w) throws IOException {
            w.out.bool(value);
        }
    };

    /** A number from 0 to 1 in the field {@code name}. */
    static Value<Double> fraction(String name) {
        return new Value<>() {
            @Override
            Object read(Cursor c) throws IOException {
                Loc loc = c.loc();
                Double value = c.number();
                if (value != null && !(value >= 0.0 && value <= 1.0)) {
                    c.sink().error(DiagnosticCodes.FIELD_VALUE, c.subject(), loc, name + " must be from 0 to 1, found " + value);
                    return null;
                }
                return value;
            }

            @Override
            void write(Double value, Writing w) throws IOException {
                w.out.number(value);
            }
        };
    }

    /** An ISO-8601 UTC time. */
    static Value<Instant> instant() {
        return INSTANT;
    }

    private static final Value<Instant> INSTANT = new Value<>() {
        @Override
        Object read(Cursor c) throws IOException {
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

        @Override
        void write(Instant value, Writing w) throws IOException {
            w.out.string(value.toString());
        }
    };

    /** An object whose values are all strings, in file order. */
    static Value<Map<String, String>> strings() {
        return STRINGS;
    }

    private static final Value<Map<String, String>> STRINGS = map(Attributes::strings, (value, out) -> out.string(value));

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
        return new Value<>() {
            @Override
            Object read(Cursor c) throws IOException {
                return read.read(c);
            }

            @Override
            void write(Map<String, X> values, Writing w) throws IOException {
                w.out.startObject();
                for (Map.Entry<String, X> entry : values.entrySet()) {
                    w.out.name(entry.getKey());
                    write.write(entry.getValue(), w.out);
                }
                w.out.endObject();
            }
        };
    }

    /** An array of {@code element}s, on one line. */
    static <E> Value<List<E>> list(Value<E> element) {
        return new Value<>() {
            @Override
            Object read(Cursor c) throws IOException {
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

            @Override
            void write(List<E> items, Writing w) throws IOException {
                w.out.startArray();
                for (E item : items) {
                    element.write(item, w);
                }
                w.out.endArray();
            }
        };
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
        return new Value<>() {
            @Override
            Object read(Cursor c) throws IOException {
                return kind.readNested(c);
            }

            @Override
            void write(T value, Writing w) throws IOException {
                w.out.startObject();
                kind.writeFields(value, w);
                w.out.endObject();
            }
        };
    }
}

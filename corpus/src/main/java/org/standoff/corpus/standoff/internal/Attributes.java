package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standoff.core.model.AttributeValue;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * Reads and writes the free maps of a document: generic {@code attributes} (typed by their JSON type: string,
 * integer, decimal number, boolean), and objects of strings ({@code metadata}, {@code kbIds}).
 */
final class Attributes {
    private Attributes() {
    }

    /** An {@code attributes} object, in file order; {@code null} after reporting. */
    static Map<String, AttributeValue> read(Cursor c) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        boolean ok = true;
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            AttributeValue value = value(c);
            ok &= value != null;
            if (value != null) {
                values.put(name, value);
            }
        }
        return ok ? values : null;
    }

    private static AttributeValue value(Cursor c) throws IOException {
        JsonToken token = c.token();
        if (token == JsonToken.VALUE_STRING) {
            return AttributeValue.of(c.string());
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return AttributeValue.of(token == JsonToken.VALUE_TRUE);
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return decimal(c);
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return integer(c);
        }
        c.typeError("a string, a number or a boolean");
        return null;
    }

    private static AttributeValue decimal(Cursor c) throws IOException {
        double value = c.number();
        if (!Double.isFinite(value)) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, c.subject(), c.loc(), "a number attribute must be a finite double");
            return null;
        }
        return new AttributeValue.Decimal(value);
    }

    private static AttributeValue integer(Cursor c) throws IOException {
        try {
            return AttributeValue.of(c.longValue());
        } catch (ArithmeticException e) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, c.subject(), c.loc(), "an integer attribute must fit in 64 bits");
            return null;
        }
    }

    /** An object whose values are all strings, in file order; {@code null} after reporting. */
    static Map<String, String> strings(Cursor c) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        boolean ok = true;
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            String value = c.string();
            ok &= value != null;
            if (value != null) {
                values.put(name, value);
            }
        }
        return ok ? values : null;
    }

    /** Writes an attribute value as its JSON type. */
    static void write(AttributeValue value, JsonOutput out) throws IOException {
        if (value instanceof AttributeValue.Text) {
            out.string(((AttributeValue.Text) value).value());
        } else if (value instanceof AttributeValue.Int) {
            out.number(((AttributeValue.Int) value).value());
        } else if (value instanceof AttributeValue.Decimal) {
            out.number(((AttributeValue.Decimal) value).value());
        } else if (value instanceof AttributeValue.Bool) {
            out.bool(((AttributeValue.Bool) value).value());
        } else {
            throw new IllegalStateException("unhandled attribute value " + value);
        }
    }
}

package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerKind;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;
import org.standoff.core.schema.Schema;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * Decodes {@code schema}: {@code {"layers": [{name, kind, labels?, attributes?, roles?}]}}. A
 * layer, attribute or role that breaks a rule of the schema model is reported and left out.
 */
final class SchemaDecoder {
    private SchemaDecoder() {
    }

    /** The schema, or {@code null} after reporting. */
    static Schema schema(Cursor c) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = c.objectState(false);
        List<LayerSchema> layers = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            if (name.equals("layers")) {
                layers = o.check(list(c, SchemaDecoder::layer));
            } else {
                o.unknown(name);
            }
        }
        if (!o.require(layers, "layers") || o.isBroken()) {
            return null;
        }
        try {
            return new Schema(layers);
        } catch (IllegalArgumentException e) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, null, o.loc().child("/layers"), e.getMessage());
            return null;
        }
    }

    private static LayerSchema layer(Cursor c) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = c.objectState(false);
        String name = null;
        LayerKind kind = null;
        List<String> labels = List.of();
        List<AttributeSchema> attributes = List.of();
        List<RoleSchema> roles = List.of();
        for (String field = o.nextField(); field != null; field = o.nextField()) {
            switch (field) {
                case "name": name = o.check(c.string()); break;
                case "kind": kind = o.check(c.constant(LayerKind.class)); break;
                case "labels": labels = o.check(list(c, Cursor::string)); break;
                case "attributes": attributes = o.check(list(c, SchemaDecoder::attribute)); break;
                case "roles": roles = o.check(list(c, SchemaDecoder::role)); break;
                default: o.unknown(field);
            }
        }
        boolean complete = o.require(name, "name") & o.require(kind, "kind");
        if (!complete || o.isBroken()) {
            return null;
        }
        String n = name;
        LayerKind k = kind;
        List<String> l = labels;
        List<AttributeSchema> a = attributes;
        List<RoleSchema> r = roles;
        return make(c, o, () -> new LayerSchema(n, k, l, a, r));
    }

    private static AttributeSchema attribute(Cursor c) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = c.objectState(false);
        String name = null;
        AttributeType type = null;
        List<String> values = List.of();
        Boolean required = Boolean.FALSE;
        for (String field = o.nextField(); field != null; field = o.nextField()) {
            switch (field) {
                case "name": name = o.check(c.string()); break;
                case "type": type = o.check(c.constant(AttributeType.class)); break;
                case "values": values = o.check(list(c, Cursor::string)); break;
                case "required": required = o.check(c.bool()); break;
                default: o.unknown(field);
            }
        }
        boolean complete = o.require(name, "name") & o.require(type, "type");
        if (!complete || o.isBroken()) {
            return null;
        }
        String n = name;
        AttributeType t = type;
        List<String> v = values;
        boolean r = required;
        return make(c, o, () -> new AttributeSchema(n, t, v, r));
    }

    private static RoleSchema role(Cursor c) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = c.objectState(false);
        String name = null;
        Integer min = 0;
        Integer max = RoleSchema.UNBOUNDED;
        List<String> targets = List.of();
        for (String field = o.nextField(); field != null; field = o.nextField()) {
            switch (field) {
                case "name": name = o.check(c.string()); break;
                case "min": min = o.check(c.integer(0)); break;
                case "max": max = o.check(c.integer(1)); break;
                case "targets": targets = o.check(list(c, Cursor::string)); break;
                default: o.unknown(field);
            }
        }
        if (!o.require(name, "name") || o.isBroken()) {
            return null;
        }
        String n = name;
        int lo = min;
        int hi = max;
        List<String> t = targets;
        return make(c, o, () -> new RoleSchema(n, lo, hi, t));
    }

    private static <T> T make(Cursor c, ObjectState o, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, null, o.loc(), e.getMessage());
            return null;
        }
    }

    /** Reads one element with the cursor on it; returns {@code null} after reporting. */
    interface ElementReader<T> {
        T read(Cursor c) throws IOException;
    }

    /** An array whose elements {@code element} reads (objects are entered first); {@code null} if any failed. */
    static <T> List<T> list(Cursor c, ElementReader<T> element) throws IOException {
        if (!c.enterArray()) {
            return null;
        }
        List<T> items = new ArrayList<>();
        boolean ok = true;
        while (c.nextElement()) {
            T item = element.read(c);
            ok &= item != null;
            items.add(item);
        }
        return ok ? items : null;
    }
}

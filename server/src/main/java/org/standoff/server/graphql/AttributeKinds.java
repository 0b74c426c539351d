package org.standoff.server.graphql;

import org.standoff.core.model.AttributeValue;

/** Converts between attribute values and the GraphQL {@code AttributeKind} with a text value. */
final class AttributeKinds {
    private AttributeKinds() {
    }

    /** The {@code AttributeKind} of a value. */
    static String of(AttributeValue value) {
        if (value instanceof AttributeValue.Text) {
            return "TEXT";
        } else if (value instanceof AttributeValue.Int) {
            return "INT";
        } else if (value instanceof AttributeValue.Decimal) {
            return "DECIMAL";
        } else if (value instanceof AttributeValue.Bool) {
            return "BOOL";
        }
        throw new IllegalStateException("unhandled attribute value " + value);
    }

    /** The value of kind {@code kind} written as {@code text}; BAD_REQUEST when it does not parse. */
    static AttributeValue parse(String kind, String text) {
        try {
            switch (kind) {
                case "TEXT":
                    return new AttributeValue.Text(text);
                case "INT":
                    return new AttributeValue.Int(Long.parseLong(text));
                case "DECIMAL":
                    return new AttributeValue.Decimal(Double.parseDouble(text));
                case "BOOL":
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("expected true or false");
                    }
                    return new AttributeValue.Bool(Boolean.parseBoolean(text));
                default:
                    throw new IllegalStateException("unhandled attribute kind " + kind);
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("\"" + text + "\" is not a valid " + kind + " attribute value");
        }
    }
}

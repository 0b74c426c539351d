package org.standoff.core.model;

import java.util.Objects;

/** The typed value of a generic annotation's attribute. */
public sealed interface AttributeValue {

    /** The value as text, as files without types write it. */
    String asText();

    /** A string value (also the value of an enumerated attribute). */
    record Text(String value) implements AttributeValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /** A whole number. */
    record Int(long value) implements AttributeValue {
        @Override
        public String asText() {
            return Long.toString(value);
        }
    }

    /** A finite decimal number. */
    record Decimal(double value) implements AttributeValue {
        public Decimal {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a number attribute must be finite: " + value);
            }
        }

        @Override
        public String asText() {
            return Double.toString(value);
        }
    }

    /** True or false. */
    record Bool(boolean value) implements AttributeValue {
        @Override
        public String asText() {
            return Boolean.toString(value);
        }
    }

    /** A text value. */
    static AttributeValue of(String value) {
        return new Text(value);
    }

    /** A boolean value. */
    static AttributeValue of(boolean value) {
        return new Bool(value);
    }

    /** An integer value. */
    static AttributeValue of(long value) {
        return new Int(value);
    }
}

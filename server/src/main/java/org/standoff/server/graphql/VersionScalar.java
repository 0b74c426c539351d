package org.standoff.server.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The {@code Version} scalar: a document version as a 64-bit integer. GraphQL's {@code Int} is 32-bit,
 * so a version past 2,147,483,647 would not fit; this scalar answers a JSON number and accepts an
 * integer literal or a whole JSON number from 0 to {@link Long#MAX_VALUE}. Resolvers receive a
 * {@link Long}.
 */
final class VersionScalar {
    static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
            .name("Version")
            .description("A document version: a 64-bit integer.")
            .coercing(new VersionCoercing())
            .build();

    private VersionScalar() {
    }

    private static final class VersionCoercing implements Coercing<Long, Long> {
        @Override
        public Long serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Long || value instanceof Integer) {
                return ((Number) value).longValue();
            }
            throw new CoercingSerializeException("not a version: " + value);
        }

        @Override
        public Long parseValue(Object input, GraphQLContext context, Locale locale) {
            Long version = toVersion(input);
            if (version == null) {
                throw new CoercingParseValueException("a version is a whole number from 0 to " + Long.MAX_VALUE + ": " + input);
            }
            return version;
        }

        @Override
        public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            Long version = input instanceof IntValue ? toVersion(((IntValue) input).getValue()) : null;
            if (version == null) {
                throw new CoercingParseLiteralException("a version is a whole number from 0 to " + Long.MAX_VALUE);
            }
            return version;
        }

        private static Long toVersion(Object input) {
            BigInteger value;
            if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte) {
                value = BigInteger.valueOf(((Number) input).longValue());
            } else if (input instanceof BigInteger) {
                value = (BigInteger) input;
            } else if (input instanceof BigDecimal || input instanceof Double || input instanceof Float) {
                BigDecimal decimal = new BigDecimal(input.toString());
                if (decimal.stripTrailingZeros().scale() > 0) {
                    return null;
                }
                value = decimal.toBigIntegerExact();
            } else {
                return null;
            }
            if (value.signum() < 0 || value.bitLength() > 63) {
                return null;
            }
            return value.longValue();
        }
    }
}

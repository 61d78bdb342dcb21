package io.jvplatform.support.graphql;

import java.math.BigDecimal;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code BigDecimal} scalar of all three schemas: money and percentages are exact decimals,
 * so on the wire they are <b>strings with their fixed scale</b> ({@code "50.0000"},
 * {@code "1000000000.00"}), as the Open Cap Table Format writes its Numeric type. A JSON number
 * is read as a binary double by every browser and most JSON libraries: {@code 50.0000} arrives as
 * {@code 50} and {@code 33.3334} is no longer exact. On input a string or, for convenience, a
 * number is accepted; anything else is refused before a resolver runs.
 * <p>
 * The scale is the value's own ({@link BigDecimal#toPlainString()}, never an exponent): the
 * domain fixes it (money 2 places, percentages 4, capacity 3), so the same value always reads
 * the same.
 */
public final class DecimalScalar {

    public static final String NAME = "BigDecimal";
    public static final String DESCRIPTION = "An exact decimal, written as a JSON string with its fixed scale "
            + "(\"50.0000\", \"1000000000.00\"): money has 2 places, percentages 4, capacities 3. "
            + "Input accepts a decimal string or a JSON number.";

    private static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar().name(NAME).description(DESCRIPTION)
            .coercing(new DecimalCoercing()).build();

    private DecimalScalar() {
    }

    public static GraphQLScalarType type() {
        return TYPE;
    }

    /** The wire form of an exact decimal: plain notation, scale kept. */
    public static String text(BigDecimal value) {
        return value.toPlainString();
    }

    /** A decimal from client input (a string or a number); null when it is not one. */
    public static BigDecimal parse(Object input) {
        if (input instanceof BigDecimal decimal) {
            return decimal;
        }
        if (input instanceof Number || input instanceof String) {
            try {
                return new BigDecimal(input.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static final class DecimalCoercing implements Coercing<BigDecimal, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            BigDecimal decimal = parse(value);
            if (decimal == null) {
                throw new CoercingSerializeException("not a decimal number");
            }
            return text(decimal);
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            BigDecimal decimal = parse(input);
            if (decimal == null) {
                throw new CoercingParseValueException("not a decimal number");
            }
            return decimal;
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            BigDecimal decimal = null;
            if (input instanceof IntValue integer) {
                decimal = new BigDecimal(integer.getValue());
            } else if (input instanceof FloatValue number) {
                decimal = number.getValue();
            } else if (input instanceof StringValue text) {
                decimal = parse(text.getValue());
            }
            if (decimal == null) {
                throw new CoercingParseLiteralException("not a decimal number");
            }
            return decimal;
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }
    }
}

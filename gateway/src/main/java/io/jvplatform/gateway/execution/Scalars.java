package io.jvplatform.gateway.execution;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import io.jvplatform.support.graphql.DecimalScalar;

/**
 * The public schema's custom scalars, as the gateway needs them: it checks the client's input
 * (a malformed date or decimal is refused before any service is asked) and passes the canonical
 * text on to the services. Output never goes through them: the services' JSON is forwarded as
 * it came, so a decimal keeps the string and exact scale the service wrote.
 */
final class Scalars {

    static final GraphQLScalarType DATE = textual("Date", "an ISO-8601 date (2025-06-01)",
            text -> LocalDate.parse(text).toString());

    static final GraphQLScalarType DATE_TIME = textual("DateTime", "an ISO-8601 date-time with offset",
            text -> OffsetDateTime.parse(text).toString());

    /** Shared with the services (support): decimal strings with their fixed scale, read as strings or numbers. */
    static final GraphQLScalarType BIG_DECIMAL = DecimalScalar.type();

    private Scalars() {
    }

    private static GraphQLScalarType textual(String name, String expected, Function<String, String> canonical) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<String, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return value;
            }

            @Override
            public String parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text) {
                    try {
                        return canonical.apply(text);
                    } catch (DateTimeParseException e) {
                        // fall through to the refusal
                    }
                }
                throw new CoercingParseValueException("not " + expected);
            }

            @Override
            public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    try {
                        return canonical.apply(text.getValue());
                    } catch (DateTimeParseException e) {
                        // fall through to the refusal
                    }
                }
                throw new CoercingParseLiteralException("not " + expected);
            }
        }).build();
    }
}

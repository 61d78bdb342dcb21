package io.jvplatform.support.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Money and percentages on the wire: written as strings that keep their scale, read from a string
 * or a number, and anything else refused before a resolver sees it.
 */
class DecimalScalarTests {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    @SuppressWarnings("unchecked")
    private static final Coercing<BigDecimal, String> COERCING = (Coercing<BigDecimal, String>) DecimalScalar.type().getCoercing();

    @Test
    void theScalarKeepsTheNameTheSchemasAndTheGatewayAgreeOn() {
        assertThat(DecimalScalar.type().getName()).isEqualTo("BigDecimal").isEqualTo(DecimalScalar.NAME);
        assertThat(DecimalScalar.type().getDescription()).isEqualTo(DecimalScalar.DESCRIPTION).contains("\"50.0000\"");
        assertThat(DecimalScalar.type()).isSameAs(DecimalScalar.type());
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource({
            "50.0000, 50.0000",
            "33.3334, 33.3334",
            "1000000000.00, 1000000000.00",
            "0.0000, 0.0000",
            "-12.50, -12.50",
            "1E+3, 1000",
            "1.50E+3, 1500",
            "1E-4, 0.0001",
            "230.000, 230.000"})
    void aDecimalIsWrittenInPlainNotationWithItsOwnScale(String value, String wire) {
        assertThat(COERCING.serialize(new BigDecimal(value), CONTEXT, Locale.ROOT)).isEqualTo(wire);
        assertThat(DecimalScalar.text(new BigDecimal(value))).isEqualTo(wire);
    }

    @Test
    void theScaleIsNeverNormalisedSoTheSameValueAlwaysReadsTheSame() {
        assertThat(DecimalScalar.text(new BigDecimal("50"))).isEqualTo("50");
        assertThat(DecimalScalar.text(new BigDecimal("50.0000"))).isEqualTo("50.0000");
        assertThat(DecimalScalar.text(new BigDecimal("50.0000").setScale(2))).isEqualTo("50.00");
    }

    @Test
    void otherNumbersAndDecimalTextAreWrittenToo() {
        assertThat(COERCING.serialize(42, CONTEXT, Locale.ROOT)).isEqualTo("42");
        assertThat(COERCING.serialize(42L, CONTEXT, Locale.ROOT)).isEqualTo("42");
        assertThat(COERCING.serialize(new BigInteger("12345678901234567890"), CONTEXT, Locale.ROOT)).isEqualTo("12345678901234567890");
        assertThat(COERCING.serialize("12.30", CONTEXT, Locale.ROOT)).isEqualTo("12.30");
    }

    @ParameterizedTest
    @MethodSource("notDecimals")
    void whatIsNotADecimalCannotBeWritten(Object value) {
        assertThatThrownBy(() -> COERCING.serialize(value, CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingSerializeException.class)
                .hasMessage("not a decimal number");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"50.0000", "50", "-0.01", "1000000000.00", "1e3", "1E-2", "+5", ".5", "5."})
    void decimalTextIsReadExactlyAsWritten(String input) {
        assertThat(COERCING.parseValue(input, CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal(input));
    }

    @Test
    void aStringKeepsItsScaleOnInput() {
        assertThat(COERCING.parseValue("50.0000", CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("50.0000"))
                .hasScaleOf(4);
        assertThat(COERCING.parseValue("50", CONTEXT, Locale.ROOT)).hasScaleOf(0);
    }

    @Test
    void aJsonNumberIsAcceptedForConvenience() {
        assertThat(COERCING.parseValue(50, CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("50"));
        assertThat(COERCING.parseValue(7L, CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("7"));
        // a double is read through its shortest text, so 33.3334 stays 33.3334 and not its binary expansion
        assertThat(COERCING.parseValue(33.3334d, CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("33.3334"));
        assertThat(COERCING.parseValue(new BigInteger("99"), CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("99"));
    }

    @Test
    void aBigDecimalIsTakenAsItIs() {
        BigDecimal value = new BigDecimal("12.3400");

        assertThat(COERCING.parseValue(value, CONTEXT, Locale.ROOT)).isSameAs(value);
        assertThat(DecimalScalar.parse(value)).isSameAs(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "abc", "50,00", "50.00 ", " 50", "1/2", "0x10", "NaN", "Infinity", "50%", "5e", "--1", "1.2.3", "USD 5"})
    void textThatIsNotADecimalIsRefusedAsInput(String input) {
        assertThat(DecimalScalar.parse(input)).isNull();
        assertThatThrownBy(() -> COERCING.parseValue(input, CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessage("not a decimal number");
    }

    @ParameterizedTest
    @MethodSource("notDecimals")
    void aValueOfAnotherTypeIsRefusedAsInput(Object input) {
        assertThat(DecimalScalar.parse(input)).isNull();
        assertThatThrownBy(() -> COERCING.parseValue(input, CONTEXT, Locale.ROOT)).isInstanceOf(CoercingParseValueException.class);
    }

    @Test
    void aDoubleThatIsNoNumberIsRefused() {
        assertThat(DecimalScalar.parse(Double.NaN)).isNull();
        assertThat(DecimalScalar.parse(Double.POSITIVE_INFINITY)).isNull();
    }

    @Test
    void anIntegerLiteralIsReadExactly() {
        assertThat(COERCING.parseLiteral(IntValue.of(50), CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
                .isEqualTo(new BigDecimal("50"));
        assertThat(COERCING.parseLiteral(new IntValue(new BigInteger("123456789012345678901234567890")),
                CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    }

    @Test
    void aFloatLiteralKeepsTheScaleTheQueryWroteItWith() {
        assertThat(COERCING.parseLiteral(FloatValue.of(50.5), CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
                .isEqualByComparingTo("50.5");
        assertThat(COERCING.parseLiteral(new FloatValue(new BigDecimal("33.3300")), CoercedVariables.emptyVariables(), CONTEXT,
                Locale.ROOT)).isEqualTo(new BigDecimal("33.3300"));
    }

    @Test
    void aStringLiteralIsReadAsDecimalText() {
        assertThat(COERCING.parseLiteral(StringValue.of("1000000000.00"), CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
                .isEqualTo(new BigDecimal("1000000000.00"));
    }

    @ParameterizedTest
    @MethodSource("notDecimalLiterals")
    void anyOtherLiteralIsRefused(Value<?> literal) {
        assertThatThrownBy(() -> COERCING.parseLiteral(literal, CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseLiteralException.class)
                .hasMessage("not a decimal number");
    }

    @Test
    void aDefaultValueInTheSchemaIsPrintedAsAStringLiteral() {
        Value<?> literal = COERCING.valueToLiteral(new BigDecimal("50.0000"), CONTEXT, Locale.ROOT);

        assertThat(literal).isInstanceOf(StringValue.class);
        assertThat(((StringValue) literal).getValue()).isEqualTo("50.0000");
        assertThatThrownBy(() -> COERCING.valueToLiteral(true, CONTEXT, Locale.ROOT)).isInstanceOf(CoercingSerializeException.class);
    }

    @Test
    void whatIsReadIsWrittenBackTheSame() {
        for (String wire : List.of("50.0000", "0.0001", "1000000000.00", "-3.5")) {
            assertThat(COERCING.serialize(COERCING.parseValue(wire, CONTEXT, Locale.ROOT), CONTEXT, Locale.ROOT)).isEqualTo(wire);
        }
    }

    static Stream<Object> notDecimals() {
        return Stream.of(true, 'x', List.of("1"), Map.of("amount", "1"), UUID.randomUUID(), new Object(), new StringBuilder("5"));
    }

    static Stream<Value<?>> notDecimalLiterals() {
        return Stream.of(StringValue.of("fifty"), StringValue.of(""), BooleanValue.of(true), EnumValue.of("FIFTY"),
                NullValue.of(), ArrayValue.newArrayValue().value(IntValue.of(1)).build(), ObjectValue.newObjectValue().build());
    }

    /** A schema with the scalar, as a service has it: {@code share(percentage: BigDecimal!): BigDecimal}, echoing its input. */
    private static GraphQL engine(AtomicInteger resolved) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().scalar(DecimalScalar.type())
                .type("Query", type -> type.dataFetcher("share", environment -> {
                    resolved.incrementAndGet();
                    return environment.getArgument("percentage");
                }))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("scalar BigDecimal type Query { share(percentage: BigDecimal!): BigDecimal }"), wiring)).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{ share(percentage: \"33.3300\") }       | 33.3300",
            "{ share(percentage: 33.3300) }             | 33.3300",
            "{ share(percentage: 50) }                  | 50"})
    void aQueryGetsItsDecimalBackAsAStringWithTheScaleItWasWrittenWith(String query, String answer) {
        ExecutionResult result = engine(new AtomicInteger()).execute(query);

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsEntry("share", answer);
    }

    @Test
    void aVariableIsReadFromAStringOrANumber() {
        GraphQL engine = engine(new AtomicInteger());
        String query = "query Share($p: BigDecimal!) { share(percentage: $p) }";

        assertThat(engine.execute(ExecutionInput.newExecutionInput(query).variables(Map.of("p", "50.0000")).build())
                .<Map<String, Object>>getData()).containsEntry("share", "50.0000");
        assertThat(engine.execute(ExecutionInput.newExecutionInput(query).variables(Map.of("p", 12)).build())
                .<Map<String, Object>>getData()).containsEntry("share", "12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ share(percentage: \"fifty\") }", "{ share(percentage: true) }", "{ share(percentage: [1]) }"})
    void aLiteralThatIsNotADecimalIsRefusedBeforeTheResolverRuns(String query) {
        AtomicInteger resolved = new AtomicInteger();

        ExecutionResult result = engine(resolved).execute(query);

        assertThat(result.getErrors()).isNotEmpty();
        assertThat(resolved).hasValue(0);
    }

    @Test
    void aVariableThatIsNotADecimalIsRefusedBeforeTheResolverRuns() {
        AtomicInteger resolved = new AtomicInteger();

        ExecutionResult result = engine(resolved).execute(ExecutionInput.newExecutionInput("query Share($p: BigDecimal!) { share(percentage: $p) }")
                .variables(Map.of("p", "50,00")).build());

        assertThat(result.getErrors()).singleElement().satisfies(error -> assertThat(error.getMessage()).contains("not a decimal number"));
        assertThat(resolved).hasValue(0);
    }
}

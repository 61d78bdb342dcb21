package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.jvplatform.gateway.support.DownstreamCalls;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A value that does not fit, anywhere inside an input, is VALIDATION with the path of the
 * value and a short sentence — no echo of the input, no Java type — and reaches no service.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class InputValuesTests {

    private static final String VENTURE_ID = "00000000-0000-0000-0000-000000000001";
    private static final String PARTNER_A = "00000000-0000-0000-0000-00000000000a";
    private static final String PARTNER_B = "00000000-0000-0000-0000-00000000000b";

    private static final String CREATE_VENTURE = """
            mutation Create($input: VentureInput!) { createVenture(input: $input) { id } }
            """;
    private static final String TRANSFER = """
            mutation Transfer($id: ID!, $input: TransferStakeInput!) { transferStake(ventureId: $id, input: $input) { ledgerVersion } }
            """;
    private static final String ADD_PHASE = """
            mutation Phase($id: ID!, $input: FundingPhaseInput!) { addFundingPhase(ventureId: $id, input: $input) { id } }
            """;

    @Inject
    MeterRegistry registry;

    static Map<String, Object> venture(String key, Object value) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("name", "Input check venture", "jurisdiction", "NO",
                "status", "ANNOUNCED"));
        input.put(key, value);
        return vars("input", input);
    }

    static Map<String, Object> transfer(String key, Object value) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("basedOnVersion", 1, "effectiveDate", "2025-06-01",
                "fromPartnerId", PARTNER_A, "toPartnerId", PARTNER_B, "percentage", "10.0000", "reason", "check"));
        input.put(key, value);
        return vars("id", VENTURE_ID, "input", input);
    }

    static Map<String, Object> phase(String key, Object value) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("name", "Phase X", "ordinal", 9, "kind", "INITIAL",
                "status", "PLANNED"));
        input.put(key, value);
        return vars("id", VENTURE_ID, "input", input);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("a percentage that is no number", TRANSFER, transfer("percentage", "abc"), "input.percentage"),
                Arguments.of("a date with month 13", TRANSFER, transfer("effectiveDate", "2025-13-45"), "input.effectiveDate"),
                Arguments.of("a date-time for a date", TRANSFER, transfer("effectiveDate", "2025-06-01T00:00:00Z"), "input.effectiveDate"),
                Arguments.of("a target date in words", ADD_PHASE, phase("targetDate", "yesterday"), "input.targetDate"),
                Arguments.of("an unknown status", CREATE_VENTURE, venture("status", "DREAMING"), "input.status"),
                Arguments.of("an unknown field", CREATE_VENTURE, venture("owner", "me"), "input.owner"),
                Arguments.of("a missing required field", CREATE_VENTURE, venture("name", null), "input.name"),
                Arguments.of("a capital amount that is no number", ADD_PHASE,
                        phase("committedCapital", Map.of("amount", "lots", "currency", "USD")), "input.committedCapital.amount"),
                Arguments.of("a NUL byte in a name", CREATE_VENTURE, venture("name", "Star\u0000gate"), "input.name"),
                Arguments.of("a bell in a description", CREATE_VENTURE, venture("description", "ring \u0007"), "input.description"),
                Arguments.of("a lone surrogate in a name", CREATE_VENTURE, venture("name", "Star\uD800gate"), "input.name"),
                Arguments.of("a control character in a site", CREATE_VENTURE,
                        venture("site", Map.of("name", "Narvik\u001b[31m")), "input.site.name"),
                Arguments.of("a control character in a reason", TRANSFER, transfer("reason", "why\u0000"), "input.reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void isRefusedAtItsFieldAndReachesNoService(String kind, String mutation, Map<String, Object> variables, String field) {
        DownstreamCalls calls = new DownstreamCalls(registry);
        DownstreamCalls.Snapshot before = calls.snapshot();

        JsonPath result = GraphQL.execute(mutation, variables);

        assertThat(result.getString("errors[0].extensions.code")).as(kind).isEqualTo("VALIDATION");
        assertThat(result.getString("errors[0].extensions.field")).isEqualTo(field);
        assertThat(result.getString("errors[0].message")).startsWith(field).hasSizeLessThan(120);
        assertThat(result.prettify()).doesNotContain("java.", "Exception", "classification", "LinkedHashMap");
        assertThat(calls.snapshot().minus(before).total()).as("downstream calls").isZero();
        assertThat((List<?>) result.getList("errors")).hasSize(1);
    }
}

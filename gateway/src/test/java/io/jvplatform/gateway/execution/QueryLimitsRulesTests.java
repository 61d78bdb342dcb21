package io.jvplatform.gateway.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.parser.Parser;
import io.jvplatform.gateway.resolve.Paging;
import io.jvplatform.gateway.resolve.RecordingServices;
import io.jvplatform.gateway.resolve.Resolver;
import io.jvplatform.support.security.Caller;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.security.Roles;

/**
 * The limits of one document, checked on the public schema's engine before any service is asked:
 * each refusal is VALIDATION with {@code extensions.limit} naming the limit, and nothing is sent.
 */
class QueryLimitsRulesTests {

    private static final PublicSchema SCHEMA = new PublicSchema();
    private static final Caller VIEWER = new Caller("user", Optional.of("sub"), Set.of(Roles.VIEWER), null, "token");
    private static final String EMPTY_PAGE = "{\"data\":{\"r0\":{\"totalCount\":0,\"items\":[]}}}";

    private final RecordingServices services = new RecordingServices(request -> EMPTY_PAGE, request -> EMPTY_PAGE);
    private final GatewayEngine engine = new GatewayEngine(SCHEMA, new Resolver(SCHEMA, services.services),
            new Paging(RecordingServices.config()), RecordingServices.config());

    @Test
    void aQueryWithinEveryLimitRuns() {
        ExecutionResult result = run("{ ventures(first: 100) { totalCount } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(services.toVentures).hasSize(1);
    }

    @Test
    void moreThanFiftyAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < 51; i++) {
            query.append("a").append(i).append(": __typename ");
        }
        assertRefused(query.append("}").toString(), "aliases", null, "the document has 51 aliases, at most 50 are accepted");
    }

    @Test
    void moreThanFiveOperationsAreRefusedWhicheverRuns() {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            query.append("query Q").append(i).append(" { __typename }\n");
        }
        ExecutionResult result = engine.execute(query.toString(), "Q0", Map.of(), VIEWER, null).join();

        assertLimit(result, "operations", null);
    }

    @Test
    void aQueryDeeperThanFifteenLevelsIsRefused() {
        String deep = "{ partners { edges { node { ventures { ownership { stakes { partner { ventures { ownership { stakes {"
                + " partner { ventures { ownership { stakes { partner { name } } } } } } } } } } } } } } } }";

        assertLimit(run(deep), "depth", null);
        assertThat(services.toVentures).isEmpty();
    }

    @Test
    void fragmentsThatSpreadEachOtherCannotHideAFanOut() {
        StringBuilder query = new StringBuilder("{ ventures { edges { node { ...f0 } } } }\n");
        for (int i = 0; i < 9; i++) {
            query.append("fragment f").append(i).append(" on Venture { a: name b: name ")
                    .append("fundingPhases { commitments { partner { ventures { ...f").append(i + 1).append(" } } } } }\n");
        }
        query.append("fragment f9 on Venture { name }\n");

        ExecutionResult result = run(query.toString());

        assertThat(result.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.VALIDATION).containsKey("limit"));
        assertThat(services.toVentures).isEmpty();
    }

    @ParameterizedTest(name = "first: {0}")
    @CsvSource({"0", "101", "-5"})
    void aPageSizeOutsideOneToHundredIsRefusedOnFirst(int first) {
        assertRefused("{ ventures(first: " + first + ") { totalCount } }", "pageSize", "first", "first must be between 1 and 100");
    }

    @Test
    void aCursorThatIsNotOursIsRefusedOnAfterWithoutALimit() {
        ExecutionResult result = run("{ partners(after: \"bogus\") { totalCount } }");

        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.VALIDATION).containsEntry("field", "after")
                    .doesNotContainKey("limit");
        });
        assertThat(services.toPartners).isEmpty();
    }

    @Test
    void introspectionCannotRideAlongWithData() {
        ExecutionResult result = run("{ __schema { queryType { name } } ventures { totalCount } }");

        assertThat(result.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getMessage()).contains("introspection"));
        assertThat(services.toVentures).isEmpty();
    }

    @Test
    void introspectionAloneIsAnsweredByTheGatewayWithoutAToken() {
        ExecutionResult result = engine.execute("{ __schema { queryType { name } } }", null, Map.of(), Caller.ANONYMOUS, null).join();

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsKey("__schema");
    }

    @Test
    void aControlCharacterInAnyArgumentIsRefusedWithItsPathBeforeAnyCall() {
        ExecutionResult result = engine.execute("query($f: VentureFilter) { ventures(filter: $f) { totalCount } }", null,
                Map.of("f", Map.of("search", "a\u0000b")), VIEWER, null).join();

        assertThat(result.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.VALIDATION).containsEntry("field", "filter.search"));
        assertThat(services.toVentures).isEmpty();
    }

    @Test
    void eachAliasIsCountedOnceWhereverItStands() {
        assertThat(QueryLimits.countAliases(Parser.parse("""
                { a: ventures { b: totalCount } ...f }
                fragment f on Query { c: partners { totalCount } }"""))).isEqualTo(3);
        assertThat(QueryLimits.countAliases(Parser.parse("{ ventures { totalCount } }"))).isZero();
    }

    private ExecutionResult run(String query) {
        return engine.execute(query, null, Map.of(), VIEWER, null).join();
    }

    private void assertRefused(String query, String limit, String field, String message) {
        ExecutionResult result = run(query);
        assertLimit(result, limit, field);
        assertThat(result.getErrors().get(0).getMessage()).isEqualTo(message);
        assertThat(services.toVentures).isEmpty();
        assertThat(services.toPartners).isEmpty();
    }

    private static void assertLimit(ExecutionResult result, String limit, String field) {
        List<GraphQLError> errors = result.getErrors();
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.VALIDATION).containsEntry("limit", limit);
            if (field != null) {
                assertThat(error.getExtensions()).containsEntry("field", field);
            }
        });
    }
}

package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jvplatform.gateway.support.DownstreamCalls;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Abusive queries are refused with a VALIDATION error naming the limit, before any downstream
 * call. The abusive documents are generated: nobody writes 500 aliases by hand.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class QueryLimitsTests {

    /** partners > edges > node, then ventures > ownership > stakes > partner four times, then name: 20 levels, all valid. */
    private static final String TWENTY_LEVELS = """
            query Deep { partners(first: 1) { edges { node {
              ventures { ownership { stakes { partner {
                ventures { ownership { stakes { partner {
                  ventures { ownership { stakes { partner {
                    ventures { ownership { stakes { partner {
                      name
                    } } } }
                  } } } }
                } } } }
              } } } }
            } } } }
            """;
    private static final int TOO_MANY_ALIASES = 500;
    private static final int HUGE_PAGE = 100_000;
    private static final int TOO_MANY_OPERATIONS = 6;

    private static final String PAGE = """
            query Page($first: Int) { ventures(first: $first) { totalCount edges { node { name } } } }
            """;

    @Inject
    MeterRegistry registry;

    @Test
    void aTwentyLevelDeepQueryIsRefused() {
        assertRefused(GraphQL.execute(TWENTY_LEVELS), "depth");
    }

    @Test
    void fiveHundredAliasesAreRefused() {
        StringBuilder query = new StringBuilder("query Aliases {");
        for (int i = 0; i < TOO_MANY_ALIASES; i++) {
            query.append(" a").append(i).append(": ventures(first: 1) { totalCount }");
        }
        assertRefused(GraphQL.execute(query.append(" }").toString()), "aliases");
    }

    @Test
    void aHugePageIsRefusedWhetherLiteralOrVariable() {
        JsonPath variable = GraphQL.execute(PAGE, vars("first", HUGE_PAGE));
        assertRefused(variable, "pageSize");
        assertThat(variable.getString("errors[0].extensions.field")).isEqualTo("first");

        assertRefused(GraphQL.execute("query { partners(first: " + HUGE_PAGE + ") { totalCount } }"), "pageSize");
    }

    /** 16 fragments, each spreading the next under two aliases: ~800 bytes that would visit 2^16 fields. */
    static String fragmentFanOut(int levels) {
        StringBuilder document = new StringBuilder("query FanOut { ventures(first: 1) { edges { node { ...F0 } } } }\n");
        for (int i = 0; i < levels; i++) {
            String next = i + 1 < levels ? "...F" + (i + 1) : "name";
            document.append("fragment F").append(i).append(" on Venture { a: ownership { stakes { partner { ventures { ")
                    .append(next).append(" } } } } b: ownership { stakes { partner { ventures { ").append(next)
                    .append(" } } } } }\n");
        }
        return document.toString();
    }

    @Test
    void aFragmentFanOutIsRefusedBeforeAnythingRuns() {
        DownstreamCalls calls = new DownstreamCalls(registry);
        DownstreamCalls.Snapshot before = calls.snapshot();

        assertRefused(GraphQL.execute(fragmentFanOut(16)), "complexity");
        assertThat(calls.snapshot().minus(before).total()).isZero();
    }

    @ParameterizedTest(name = "{0} aliases")
    @CsvSource({"25, true", "50, true", "51, false"})
    void aliasesAreCountedOnceEach(int count, boolean accepted) {
        StringBuilder query = new StringBuilder("query Aliases { ventures(first: 1) { edges { node {");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": name");
        }
        JsonPath result = GraphQL.execute(query.append(" } } } }").toString());
        if (accepted) {
            assertThat(result.getList("errors")).isNull();
        } else {
            assertRefused(result, "aliases");
            assertThat(result.getString("errors[0].message")).contains(count + " aliases");
        }
    }

    @Test
    void noRefusalNamesAClass() {
        for (JsonPath refused : new JsonPath[] {GraphQL.execute(TWENTY_LEVELS), GraphQL.execute(fragmentFanOut(16)),
                GraphQL.execute("{ nope }"), GraphQL.execute("query { ventures(first: 100000) { totalCount } }")}) {
            assertThat(refused.prettify()).doesNotContain("classification", "Exception", "graphql.");
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        }
    }

    @Test
    void tooManyOperationsInOneDocumentAreRefused() {
        StringBuilder document = new StringBuilder();
        for (int i = 0; i < TOO_MANY_OPERATIONS; i++) {
            document.append("query Q").append(i).append(" { ventures(first: 1) { totalCount } }\n");
        }
        JsonPath result = new JsonPath(GraphQL.post(document.toString(), Map.of()).asString());
        // graphql-java needs an operationName to pick one of several; without it the document is invalid anyway
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
    }

    @Test
    void aReasonableQueryAndTheIntrospectionQueryPass() {
        DownstreamCalls calls = new DownstreamCalls(registry);
        assertThat(GraphQL.execute(PAGE, vars("first", 100)).getList("errors")).isNull();
        DownstreamCalls.Snapshot before = calls.snapshot();

        JsonPath introspection = GraphQL.execute(INTROSPECTION);

        assertThat(introspection.getList("errors")).isNull();
        assertThat(introspection.getList("data.__schema.types.name")).contains("Venture", "Partner", "CapTable");
        assertThat(calls.snapshot().minus(before).total()).isZero();
    }

    private void assertRefused(JsonPath result, String limit) {
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(result.getString("errors[0].extensions.limit")).isEqualTo(limit);
        assertThat(result.getString("errors[0].message")).isNotBlank();
        assertThat((Object) result.get("data")).isNull();
    }

    private static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type {
              kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name } } } } } } }
            }
            """;
}

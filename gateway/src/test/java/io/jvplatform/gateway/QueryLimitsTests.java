package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

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

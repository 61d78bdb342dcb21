package io.jvplatform.ventures.api;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.inject.Inject;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON {@code POST /graphql} is answered by support.graphql.SubgraphEndpoint (Jackson), every other
 * request by Quarkus' own route (SmallRye's JSON-P). Both must say the same, byte for byte: the same
 * document is sent as JSON and as {@code application/graphql}, which only Quarkus' route takes.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class AnswerWritingTests {

    private static final String FIELDS = ReadPathCostTests.DASHBOARD.substring(ReadPathCostTests.DASHBOARD.indexOf("items {") + 7,
            ReadPathCostTests.DASHBOARD.lastIndexOf("} }"));

    private ReadPathCostTests.Portfolio portfolio;

    private String dashboard() {
        if (portfolio == null) {
            portfolio = ReadPathCostTests.Portfolio.seed(3);
        }
        return "{ ventures(filter: {program: \"%s\"}, limit: 10) { totalCount items { %s } } }".formatted(portfolio.program(), FIELDS);
    }

    @Inject
    Router router;

    @Test
    void jsonPostsHaveARouteOfTheirOwnBesideQuarkusRoute() {
        // Quarkus' route takes every method on /graphql; only SubgraphEndpoint's is POST alone
        assertThat(router.getRoutes()).filteredOn(route -> "/graphql".equals(route.getPath()))
                .extracting(route -> route.methods() == null ? Set.of() : route.methods())
                .contains(Set.of(HttpMethod.POST));
    }

    @Test
    void aCompleteDashboardIsWrittenByteForByteAsQuarkusRouteWritesIt() {
        String document = dashboard();

        Response ours = asJson(document, null);
        Response quarkus = asGraphQL(document, null);

        assertThat(ours.statusCode()).isEqualTo(200);
        assertThat(ours.asString()).contains("\"totalCount\":3", "\"percentage\":\"33.3334\"", "\"amount\":\"1000000000.00\"")
                .doesNotContain("\"errors\"")
                .isEqualTo(quarkus.asString());
    }

    @Test
    void anAnswerWithErrorsIsSmallRyesOwn() {
        String document = "{ ventures(limit: 1) { totalCount } venture(id: \"not-a-uuid\") { name } }";

        Response ours = asJson(document, null);

        assertThat(ours.asString()).contains("\"errors\"", "\"code\":\"VALIDATION\"").isEqualTo(asGraphQL(document, null).asString());
    }

    @Test
    void aDocumentWithUnknownFieldsIsRefusedAsQuarkusRouteRefusesIt() {
        String document = "{ ventures(limit: 1) { totalCountx } }";

        assertThat(asJson(document, null).asString()).contains("totalCountx").isEqualTo(asGraphQL(document, null).asString());
    }

    @ParameterizedTest(name = "Accept {0}: {1} {2}")
    @CsvSource(nullValues = "none", value = {
            "none,                              200, application/graphql-response+json; charset=UTF-8",
            "*/*,                               200, application/graphql-response+json; charset=UTF-8",
            "application/json,                  200, application/json",
            "application/graphql-response+json, 200, application/graphql-response+json",
            "text/html,                         406, none",
    })
    void theContentTypeFollowsAcceptAsOnQuarkusRoute(String accept, int status, String contentType) {
        Response ours = asJson("{ ventures(limit: 1) { totalCount } }", accept);
        Response quarkus = asGraphQL("{ ventures(limit: 1) { totalCount } }", accept);

        assertThat(ours.statusCode()).isEqualTo(status).isEqualTo(quarkus.statusCode());
        assertThat(ours.contentType()).isEqualTo(contentType == null ? "" : contentType).isEqualTo(quarkus.contentType());
        assertThat(ours.header("Cache-Control")).isEqualTo("no-store");
        assertThat(ours.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void withoutATokenTheAnswerIsStill401() {
        Response anonymous = given().contentType("application/json").body(Map.of("query", "{ ventures(limit: 1) { totalCount } }"))
                .post("/graphql");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.asString()).contains("\"code\":\"UNAUTHENTICATED\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON                 | { not json              | Unparseable request",
            "a JSON array             | [{\"query\": \"{ ventures(limit: 1) { totalCount } }\"}] | Unparseable request",
            "a JSON string            | \"{ ventures(limit: 1) { totalCount } }\" | Unparseable request",
            "an object without query  | {\"variables\": {}}     | Missing operation body",
            "an empty object          | {}                      | Missing operation body",
    })
    void aBodyThatIsNotAGraphQLRequestIsRefusedWith400(String kind, String body, String message) {
        Response answer = request(null).contentType("application/json").body(body).post("/graphql");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.asString()).isEqualTo(message);
    }

    private static Response asJson(String document, String accept) {
        return request(accept).contentType("application/json").body(Map.of("query", document)).post("/graphql");
    }

    private static Response asGraphQL(String document, String accept) {
        return request(accept).contentType("application/graphql").body(document.getBytes(StandardCharsets.UTF_8)).post("/graphql");
    }

    private static RequestSpecification request(String accept) {
        RequestSpecification request = given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.VIEWER));
        return accept == null ? request : request.accept(accept);
    }
}

package io.jvplatform.partners.api;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.jvplatform.partners.support.GraphQL.execute;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.create;
import static io.jvplatform.partners.support.Partners.randomId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** partners-service as an Apollo Federation v2 subgraph: Partner is an entity keyed by id. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class FederationTests {

    private static final String SERVICE_SDL = """
            query { _service { sdl } }
            """;

    private static final String ENTITIES = """
            query Entities($representations: [_Any!]!) {
              _entities(representations: $representations) { __typename ... on Partner { id name } }
            }
            """;

    @Test
    void theSchemaOffersTheFederationQueries() {
        String schema = given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.VIEWER)).when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();

        assertThat(schema)
                .contains("_entities(representations: [_Any!]!): [_Entity]!")
                .contains("_service: _Service!")
                .containsPattern("type Partner @key\\(fields ?: ?\"id\"\\)")
                .contains("union _Entity = Partner");
    }

    @Test
    void theSubgraphSdlLinksFederationTwo() {
        execute(SERVICE_SDL, Map.of())
                .body("data._service.sdl", containsString("https://specs.apollo.dev/federation/v2.7"))
                .body("data._service.sdl", containsString("@key"));
    }

    @Test
    void entitiesAreResolvedInOrderWithNullForUnknown() {
        Map<String, Object> first = create("Entity one");
        Map<String, Object> second = create("Entity two");
        List<Map<String, Object>> representations = List.of(
                Map.of("__typename", "Partner", "id", second.get("id")),
                Map.of("__typename", "Partner", "id", randomId()),
                Map.of("__typename", "Partner", "id", first.get("id")));

        execute(ENTITIES, variables("representations", representations))
                .body("errors", nullValue())
                .body("data._entities[0].__typename", equalTo("Partner"))
                .body("data._entities[0].name", equalTo(second.get("name")))
                .body("data._entities[1]", nullValue())
                .body("data._entities[2].id", equalTo(first.get("id")));
    }
}

package io.jvplatform.ventures.api;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** The Apollo Federation v2 subgraph surface: the SDL a router composes and entity resolution. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class FederationTests {

    private static final String ENTITIES = """
            query Entities($representations: [_Any!]!) {
              _entities(representations: $representations) {
                __typename
                ... on Venture { id name }
                ... on Partner { id }
              }
            }
            """;

    @Test
    void theSubgraphSdlLinksFederationTwoAndKeysEntitiesById() {
        String sdl = json(post("query { _service { sdl } }", vars()).body("errors", nullValue())).getString("data._service.sdl");

        assertThat(sdl).contains("https://specs.apollo.dev/federation/v2.7");
        assertThat(sdl).containsPattern("type Venture @key\\(fields ?: ?\"id\"\\)");
        assertThat(sdl).containsPattern("type Partner @key\\(fields ?: ?\"id\"\\)");
    }

    @Test
    void theVentureShowsItsLedgerVersionButNotTheHeadItCarriesInside() {
        String sdl = json(post("query { _service { sdl } }", vars()).body("errors", nullValue())).getString("data._service.sdl");

        assertThat(sdl).containsPattern("ledgerVersion: Int!");
        assertThat(sdl).doesNotContain("ledgerHead").doesNotContain("LedgerHead");
    }

    @Test
    void entitiesResolveVenturesAndPartnerReferencesInOneCall() {
        String venture = Ventures.create("Federated venture");
        String partner = UUID.randomUUID().toString();

        JsonPath read = json(post(ENTITIES, vars("representations", List.of(
                vars("__typename", "Venture", "id", venture),
                vars("__typename", "Partner", "id", partner)))).body("errors", nullValue()));

        assertThat(read.getList("data._entities.__typename")).containsExactly("Venture", "Partner");
        assertThat(read.getString("data._entities[0].name")).isEqualTo("Federated venture");
        assertThat(read.getString("data._entities[1].id")).isEqualTo(partner);
    }
}

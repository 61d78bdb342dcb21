package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Services;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The services do not trust the network: whoever bypasses the gateway and calls a service
 * directly meets the same rules, checked by the service itself against the same Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class ServiceAccessTests {

    private static final String COUNT_VENTURES = """
            query Count($name: String) { ventures(filter: {search: $name}, limit: 1) { totalCount } }
            """;
    private static final String COUNT_PARTNERS = """
            query Count($name: String) { partners(filter: {search: $name}, limit: 1) { totalCount } }
            """;
    private static final String CREATE_VENTURE = """
            mutation Create($input: VentureInput!) { createVenture(input: $input) { id } }
            """;
    private static final String CREATE_PARTNER = """
            mutation Create($input: PartnerInput!) { createPartner(input: $input) { id } }
            """;
    private static final String VENTURE_NAME = "Viewer's venture past the gateway";
    private static final String PARTNER_NAME = "Viewer's partner past the gateway";

    @Test
    void withoutATokenNeitherServiceAnswersAQueryOrAMutation() {
        GraphQL.Client anonymous = GraphQL.anonymous();

        assertUnauthenticated(anonymous.at(Services.ventures()).send(COUNT_VENTURES, vars("name", null)));
        assertUnauthenticated(anonymous.at(Services.partners()).send(COUNT_PARTNERS, vars("name", null)));
        assertUnauthenticated(anonymous.at(Services.ventures()).send(CREATE_VENTURE, ventureInput()));
        assertUnauthenticated(anonymous.at(Services.partners()).send(CREATE_PARTNER, partnerInput()));
    }

    @Test
    void aViewerReadsBothServicesDirectly() {
        GraphQL.Client viewer = GraphQL.as(KeycloakRealm.VIEWER);

        assertThat(viewer.at(Services.ventures()).ok(COUNT_VENTURES, vars("name", null)).getInt("data.ventures.totalCount"))
                .isPositive();
        assertThat(viewer.at(Services.partners()).ok(COUNT_PARTNERS, vars("name", null)).getInt("data.partners.totalCount"))
                .isPositive();
    }

    @Test
    void aViewersMutationsAreForbiddenByEachServiceAndWriteNothing() {
        GraphQL.Client viewer = GraphQL.as(KeycloakRealm.VIEWER);

        JsonPath venture = viewer.at(Services.ventures()).execute(CREATE_VENTURE, ventureInput());
        JsonPath partner = viewer.at(Services.partners()).execute(CREATE_PARTNER, partnerInput());

        assertThat(venture.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(partner.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        GraphQL.Client admin = GraphQL.as(KeycloakRealm.ADMIN);
        assertThat(admin.at(Services.ventures()).ok(COUNT_VENTURES, vars("name", VENTURE_NAME)).getInt("data.ventures.totalCount"))
                .isZero();
        assertThat(admin.at(Services.partners()).ok(COUNT_PARTNERS, vars("name", PARTNER_NAME)).getInt("data.partners.totalCount"))
                .isZero();
    }

    private static Map<String, Object> ventureInput() {
        return vars("input", Map.of("name", VENTURE_NAME, "jurisdiction", "NO", "status", "ANNOUNCED"));
    }

    private static Map<String, Object> partnerInput() {
        return vars("input", Map.of("name", PARTNER_NAME, "country", "NO", "kind", "INVESTOR"));
    }

    /** A refusal a GraphQL client can read, whether the service answers it with HTTP 200 or 401. */
    private static void assertUnauthenticated(Response response) {
        assertThat(response.statusCode()).isIn(200, 401);
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(response.asString())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(response.asString()).doesNotContain("Exception", "at io.");
    }
}

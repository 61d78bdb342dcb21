package io.jvplatform.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link KeycloakRealm} and the realm files it names must say the same thing ("change them here and
 * in the JSON together"): a renamed user, client or claim in one of them breaks every token test.
 */
class KeycloakRealmTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode jv;
    private static JsonNode other;

    @BeforeAll
    static void read() throws IOException {
        jv = JSON.readTree(Files.readString(KeycloakRealm.jvRealmFile()));
        other = JSON.readTree(Files.readString(KeycloakRealm.otherRealmFile()));
    }

    @Test
    void theRealmFilesAreInTheCheckoutUnderDeployKeycloak() {
        assertThat(KeycloakRealm.jvRealmFile()).isEqualTo(RepositoryLayout.root().resolve("deploy/keycloak/jv-realm.json"))
                .isRegularFile();
        assertThat(KeycloakRealm.otherRealmFile()).isEqualTo(RepositoryLayout.root().resolve("deploy/keycloak/test/other-realm.json"))
                .isRegularFile();
    }

    @Test
    void theFilesHoldTheRealmsTheirNamesSay() {
        assertThat(jv.path("realm").asText()).isEqualTo(KeycloakRealm.REALM);
        assertThat(other.path("realm").asText()).isEqualTo(KeycloakRealm.OTHER_REALM);
        assertThat(jv.path("defaultSignatureAlgorithm").asText()).as("what the services verify").isEqualTo("RS256");
    }

    @Test
    void eachDemoUserHoldsTheRoleOfItsNameAndLogsInWithItsDemoPassword() {
        for (String user : KeycloakRealm.DEMO_USERS) {
            JsonNode node = user(jv, user);
            assertThat(texts(node.path("realmRoles"))).as(user).containsExactly(user);
            assertThat(password(node)).as(user).isEqualTo(KeycloakRealm.demoPassword(user));
            assertThat(node.path("enabled").asBoolean()).as(user).isTrue();
        }
    }

    @Test
    void theSecondAdminIsAnAdminOutsideTheOnePerRoleList() {
        JsonNode admin2 = user(jv, KeycloakRealm.SECOND_ADMIN);

        assertThat(texts(admin2.path("realmRoles"))).containsExactly(KeycloakRealm.ADMIN);
        assertThat(password(admin2)).isEqualTo("admin2-demo");
        assertThat(KeycloakRealm.DEMO_USERS).doesNotContain(KeycloakRealm.SECOND_ADMIN);
    }

    @Test
    void theRealmHasExactlyTheDemoUsersAndTheSecondAdmin() {
        List<String> users = new ArrayList<>(KeycloakRealm.DEMO_USERS);
        users.add(KeycloakRealm.SECOND_ADMIN);

        assertThat(StreamSupport.stream(jv.path("users").spliterator(), false).map(user -> user.path("username").asText()))
                .containsExactlyInAnyOrderElementsOf(users);
    }

    @Test
    void thePartnerUserWorksForNscaleAndTheProfileDeclaresTheAttribute() {
        assertThat(texts(user(jv, KeycloakRealm.PARTNER).path("attributes").path(KeycloakRealm.PARTNER_ID_CLAIM)))
                .containsExactly(KeycloakRealm.NSCALE_PARTNER_ID);
        // Keycloak 26 drops attributes its user profile does not declare: the claim would silently be empty
        String profile = jv.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0)
                .path("config").path("kc.user.profile.config").get(0).asText();
        assertThat(profile).contains("\"name\":\"" + KeycloakRealm.PARTNER_ID_CLAIM + "\"");
    }

    @Test
    void theRolesAreTheDemoUsersAndTheirCompositesAreWhatTestIssuerExpands() {
        assertThat(StreamSupport.stream(jv.path("roles").path("realm").spliterator(), false).map(role -> role.path("name").asText()))
                .containsExactlyInAnyOrderElementsOf(KeycloakRealm.DEMO_USERS);
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.PARTNER, KeycloakRealm.EDITOR, KeycloakRealm.ADMIN,
                KeycloakRealm.SECOND_ADMIN)) {
            Set<String> expanded = new LinkedHashSet<>();
            texts(user(jv, user).path("realmRoles")).forEach(role -> expand(role, expanded));
            assertThat(TestIssuerTests.roles(TestIssuer.tokenFor(user))).as(user).containsExactlyInAnyOrderElementsOf(expanded);
        }
    }

    @Test
    void theAudienceIsABearerOnlyClientThatSignsNobodyIn() {
        JsonNode gateway = client(jv, KeycloakRealm.AUDIENCE);

        assertThat(gateway.path("bearerOnly").asBoolean()).isTrue();
        assertThat(gateway.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(gateway.path("serviceAccountsEnabled").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {KeycloakRealm.CLI_CLIENT, KeycloakRealm.OTHER_AUDIENCE_CLIENT, KeycloakRealm.SHORT_LIVED_CLIENT})
    void theTestClientsArePublicWithThePasswordGrantAndThePartnerClaim(String clientId) {
        JsonNode client = client(jv, clientId);

        assertThat(client.path("publicClient").asBoolean()).isTrue();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(mapper(client, "oidc-usermodel-attribute-mapper").path("config").path("claim.name").asText())
                .isEqualTo(KeycloakRealm.PARTNER_ID_CLAIM);
    }

    @Test
    void theCliAndShortLivedClientsPutTheAudienceInTheAccessTokenAndTheOtherAudienceClientDoesNot() {
        for (String clientId : List.of(KeycloakRealm.CLI_CLIENT, KeycloakRealm.SHORT_LIVED_CLIENT)) {
            JsonNode audience = mapper(client(jv, clientId), "oidc-audience-mapper");
            assertThat(audience.path("config").path("included.client.audience").asText()).as(clientId).isEqualTo(KeycloakRealm.AUDIENCE);
            assertThat(audience.path("config").path("access.token.claim").asText()).as(clientId).isEqualTo("true");
        }
        assertThat(mapper(client(jv, KeycloakRealm.OTHER_AUDIENCE_CLIENT), "oidc-audience-mapper").isMissingNode()).isTrue();
    }

    @Test
    void theShortLivedClientsTokensLiveOneSecondAndTheRealmsFiveMinutes() {
        assertThat(client(jv, KeycloakRealm.SHORT_LIVED_CLIENT).path("attributes").path("access.token.lifespan").asText()).isEqualTo("1");
        assertThat(client(jv, KeycloakRealm.CLI_CLIENT).path("attributes").path("access.token.lifespan").isMissingNode()).isTrue();
        assertThat(jv.path("accessTokenLifespan").asInt()).isEqualTo(300);
    }

    @Test
    void theOtherRealmsOutsiderLooksLikeAJvViewerWithTheJvAudience() {
        JsonNode outsider = user(other, KeycloakRealm.OTHER_REALM_USER);
        JsonNode client = client(other, KeycloakRealm.OTHER_REALM_CLIENT);

        assertThat(texts(outsider.path("realmRoles"))).containsExactly(KeycloakRealm.VIEWER);
        assertThat(password(outsider)).isEqualTo(KeycloakRealm.demoPassword(KeycloakRealm.OTHER_REALM_USER));
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        // a custom audience: realm other has no client jv-gateway, and its tokens must still claim it
        assertThat(mapper(client, "oidc-audience-mapper").path("config").path("included.custom.audience").asText())
                .isEqualTo(KeycloakRealm.AUDIENCE);
    }

    @Test
    void aDemoPasswordIsTheNameAndDemo() {
        assertThat(KeycloakRealm.demoPassword("viewer")).isEqualTo("viewer-demo");
        assertThat(KeycloakRealm.demoPassword("outsider")).isEqualTo("outsider-demo");
    }

    private static void expand(String role, Set<String> into) {
        if (!into.add(role)) {
            return;
        }
        JsonNode definition = StreamSupport.stream(jv.path("roles").path("realm").spliterator(), false)
                .filter(node -> node.path("name").asText().equals(role)).findFirst().orElseThrow();
        texts(definition.path("composites").path("realm")).forEach(composite -> expand(composite, into));
    }

    private static JsonNode user(JsonNode realm, String username) {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> user.path("username").asText().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no user " + username + " in realm " + realm.path("realm").asText()));
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asText().equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId + " in realm " + realm.path("realm").asText()));
    }

    private static JsonNode mapper(JsonNode client, String type) {
        return StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                .filter(mapper -> mapper.path("protocolMapper").asText().equals(type)).findFirst()
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private static String password(JsonNode user) {
        return StreamSupport.stream(user.path("credentials").spliterator(), false)
                .filter(credential -> credential.path("type").asText().equals("password")).findFirst().orElseThrow()
                .path("value").asText();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}

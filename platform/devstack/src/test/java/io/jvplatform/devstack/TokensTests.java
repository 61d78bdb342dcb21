package io.jvplatform.devstack;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the tests get from Keycloak, against a token endpoint of our own on loopback: the password
 * grant it sends, the cache that spares Keycloak a password hash per test, the refusals it reports,
 * and the tokens built to be refused.
 */
class TokensTests {

    /** One request to the fake token endpoint: the path and the decoded form. */
    record Grant(String path, Map<String, String> form) {
    }

    static {
        // the JDK's HTTP server writes head and body apart: without this each answer waits out a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private HttpServer keycloak;
    private final List<Grant> grants = new CopyOnWriteArrayList<>();
    /** How long the next tokens the fake issues live; negative for already expired ones. */
    private volatile Duration lifetime = Duration.ofMinutes(5);
    private volatile int status = 200;

    @BeforeEach
    void startKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/realms/", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            grants.add(new Grant(exchange.getRequestURI().getPath(), form));
            String body = status == 200
                    ? "{\"access_token\":\"" + TestIssuer.sign(form.get("username"), Map.of("azp", form.get("client_id"),
                    "n", grants.size()), lifetime) + "\",\"token_type\":\"Bearer\"}"
                    : "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        keycloak.start();
    }

    @AfterEach
    void stopKeycloak() {
        keycloak.stop(0);
    }

    @Test
    void aDemoUsersTokenIsAPasswordGrantOnTheCliClientOfRealmJv() {
        String token = tokens().accessToken(KeycloakRealm.EDITOR);

        assertThat(grants).containsExactly(new Grant("/realms/jv/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "jv-cli", "username", "editor", "password", "editor-demo")));
        assertThat(Tokens.claims(token)).containsEntry("preferred_username", "editor");
    }

    @Test
    void aTokenThatLivesLongEnoughIsReusedPerRealmClientAndUser() {
        Tokens tokens = tokens();

        String first = tokens.accessToken(KeycloakRealm.ADMIN);
        String again = tokens.accessToken(KeycloakRealm.ADMIN);
        String other = tokens.accessToken(KeycloakRealm.VIEWER);
        String otherClient = tokens.forOtherAudience(KeycloakRealm.ADMIN);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(otherClient).isNotEqualTo(first);
        assertThat(grants).extracting(grant -> grant.form().get("client_id") + "/" + grant.form().get("username"))
                .containsExactly("jv-cli/admin", "jv-cli/viewer", "jv-other-audience/admin");
    }

    @Test
    void aTokenWithLessThanAMinuteToLiveIsNotReused() {
        lifetime = Duration.ofSeconds(50);
        Tokens tokens = tokens();

        String first = tokens.accessToken(KeycloakRealm.ADMIN);
        String second = tokens.accessToken(KeycloakRealm.ADMIN);

        assertThat(second).isNotEqualTo(first);
        assertThat(grants).hasSize(2);
    }

    @Test
    void eachTokensInstanceHasItsOwnCache() {
        tokens().accessToken(KeycloakRealm.ADMIN);
        tokens().accessToken(KeycloakRealm.ADMIN);

        assertThat(grants).hasSize(2);
    }

    @Test
    void anotherRealmsTokenComesFromItsOwnClientAndUser() {
        tokens().fromOtherRealm();

        assertThat(grants).containsExactly(new Grant("/realms/other/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "other-cli", "username", "outsider", "password", "outsider-demo")));
    }

    @Test
    void anExpiredTokenComesFromTheShortLivedClientAndIsPastItsExpiryWhenReturned() {
        lifetime = Duration.ofSeconds(-5);

        String token = tokens().expired(KeycloakRealm.VIEWER);

        assertThat(grants).singleElement().satisfies(grant -> assertThat(grant.form()).containsEntry("client_id", "jv-short-lived"));
        assertThat(((Number) Tokens.claims(token).get("exp")).longValue()).isLessThan(Instant.now().getEpochSecond());
    }

    @Test
    void anExpiredTokenIsNeverCachedSoEachCallAsksAgain() {
        lifetime = Duration.ofSeconds(-5);
        Tokens tokens = tokens();

        tokens.expired(KeycloakRealm.VIEWER);
        tokens.expired(KeycloakRealm.VIEWER);

        assertThat(grants).hasSize(2);
    }

    @Test
    void aShortLivedTokenIsWaitedOutUntilASecondPastItsExpiry() {
        lifetime = Duration.ofSeconds(0);

        String token = tokens().expired(KeycloakRealm.VIEWER);

        long exp = ((Number) Tokens.claims(token).get("exp")).longValue();
        assertThat(Instant.now()).isAfter(Instant.ofEpochSecond(exp).plusSeconds(1));
    }

    @Test
    void aRefusedGrantNamesTheUserClientRealmAndKeycloaksReason() {
        status = 401;

        assertThatThrownBy(() -> tokens().accessToken(KeycloakRealm.PARTNER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no token for partner from client jv-cli in realm jv: HTTP 401 \"invalid_grant\" \"Invalid user credentials\"");
    }

    @Test
    void aPasswordIsSentFormEncoded() {
        tokens().passwordGrant("jv", "jv-cli", "a user", "p&ss=wörd");

        assertThat(grants).singleElement().satisfies(grant -> assertThat(grant.form())
                .containsEntry("username", "a user").containsEntry("password", "p&ss=wörd"));
    }

    @Test
    void aKeycloakThatIsNotThereIsNamedByItsEndpoint() {
        keycloak.stop(0);
        String url = "http://127.0.0.1:" + keycloak.getAddress().getPort();

        assertThatThrownBy(() -> Tokens.from(url).accessToken(KeycloakRealm.VIEWER))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot reach Keycloak at " + url + "/realms/jv/protocol/openid-connect/token");
    }

    @Test
    void theTestKeycloaksUrlIsLookedUpAtTheFirstRequestNotBefore() {
        String previous = System.getProperty(KeycloakTestResource.BASE_URL_PROPERTY);
        System.clearProperty(KeycloakTestResource.BASE_URL_PROPERTY);
        try {
            Tokens tokens = Tokens.fromTestKeycloak();
            assertThatThrownBy(() -> tokens.accessToken(KeycloakRealm.VIEWER)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Keycloak is not running");

            System.setProperty(KeycloakTestResource.BASE_URL_PROPERTY, baseUrl());
            assertThat(Tokens.claims(tokens.accessToken(KeycloakRealm.VIEWER))).containsEntry("preferred_username", "viewer");
        } finally {
            if (previous == null) {
                System.clearProperty(KeycloakTestResource.BASE_URL_PROPERTY);
            } else {
                System.setProperty(KeycloakTestResource.BASE_URL_PROPERTY, previous);
            }
        }
    }

    @Test
    void theClaimsAreThePayloadReadWithoutCheckingTheSignature() {
        String token = TestIssuer.token("erin", List.of("viewer"));

        assertThat(Tokens.claims(Tokens.withTamperedSignature(token))).isEqualTo(Tokens.claims(token));
        assertThat(Tokens.claims(token)).containsEntry("preferred_username", "erin").containsKey("realm_access");
    }

    @Test
    void aTamperedTokenDiffersInOneCharacterOfItsSignatureOnly() {
        String token = TestIssuer.token("erin", List.of("viewer"));

        String tampered = Tokens.withTamperedSignature(token);

        String[] original = token.split("\\.");
        String[] changed = tampered.split("\\.");
        assertThat(changed[0]).isEqualTo(original[0]);
        assertThat(changed[1]).isEqualTo(original[1]);
        assertThat(changed[2]).hasSameSizeAs(original[2]).isNotEqualTo(original[2]);
        int differences = 0;
        for (int i = 0; i < original[2].length(); i++) {
            if (original[2].charAt(i) != changed[2].charAt(i)) {
                differences++;
                assertThat(i).as("in the middle, not a padding bit at the end").isEqualTo(original[2].length() / 2);
            }
        }
        assertThat(differences).isEqualTo(1);
        assertThat(Tokens.withTamperedSignature("h.p.AAAA")).isEqualTo("h.p.AABA");
        assertThat(Tokens.withTamperedSignature("h.p.ABBA")).isEqualTo("h.p.ABAA");
    }

    @Test
    void anUnsignedTokenKeepsTheClaimsUnderAlgNoneAndAnEmptySignature() {
        String token = TestIssuer.token("erin", List.of("viewer"));

        String unsigned = Tokens.unsigned(token);

        String[] parts = unsigned.split("\\.", -1);
        assertThat(parts).hasSize(3);
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                .isEqualTo("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertThat(parts[0]).doesNotContain("=");
        assertThat(parts[1]).isEqualTo(token.split("\\.")[1]);
        assertThat(parts[2]).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-jwt", "a.b", "a.b.c.d", ""})
    void somethingWithoutThreePartsIsNotAJwt(String token) {
        assertThatThrownBy(() -> Tokens.claims(token)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("three dot-separated parts");
        assertThatThrownBy(() -> Tokens.withTamperedSignature(token)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tokens.unsigned(token)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPayloadThatIsNotJsonIsNotAJwtPayload() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString("not json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Tokens.claims("h." + payload + ".s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a JWT payload");
    }

    @Test
    void aCachedGrantNeedsAnExpiry() {
        keycloak.removeContext("/realms/");
        keycloak.createContext("/realms/", exchange -> {
            String noExp = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"x\"}".getBytes(StandardCharsets.UTF_8));
            byte[] bytes = ("{\"access_token\":\"h." + noExp + ".s\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        Tokens tokens = tokens();
        tokens.accessToken(KeycloakRealm.VIEWER);

        assertThatThrownBy(() -> tokens.accessToken(KeycloakRealm.VIEWER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token has no exp claim");
    }

    private Tokens tokens() {
        return Tokens.from(baseUrl());
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + keycloak.getAddress().getPort();
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8), pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}

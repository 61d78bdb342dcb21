package io.jvplatform.devstack;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services' fast tests trust {@link TestIssuer} as they trust Keycloak: its tokens must verify
 * with the key it hands the service, carry the claims Keycloak puts in, and each refused token must
 * break exactly one rule.
 */
class TestIssuerTests {

    @ParameterizedTest
    @ValueSource(strings = {KeycloakRealm.VIEWER, KeycloakRealm.PARTNER, KeycloakRealm.EDITOR, KeycloakRealm.ADMIN,
            KeycloakRealm.SECOND_ADMIN})
    void aDemoUsersTokenVerifiesWithThePublicKeyTheServiceIsGiven(String user) throws Exception {
        assertThat(verifies(TestIssuer.tokenFor(user))).isTrue();
    }

    @Test
    void aTokenCarriesTheStandardClaimsOfRealmJv() {
        Instant before = Instant.now();

        Map<String, Object> claims = Tokens.claims(TestIssuer.tokenFor(KeycloakRealm.VIEWER));

        assertThat(claims).containsEntry("iss", TestIssuer.ISSUER)
                .containsEntry("aud", KeycloakRealm.AUDIENCE)
                .containsEntry("sub", "test-viewer")
                .containsEntry("preferred_username", "viewer")
                .containsEntry("typ", "Bearer");
        long iat = ((Number) claims.get("iat")).longValue();
        long exp = ((Number) claims.get("exp")).longValue();
        assertThat(iat).isBetween(before.getEpochSecond() - 1, Instant.now().getEpochSecond() + 1);
        assertThat(exp - iat).as("ten minutes").isEqualTo(Duration.ofMinutes(10).toSeconds());
    }

    @Test
    void theHeaderNamesRs256() {
        String header = new String(Base64.getUrlDecoder().decode(TestIssuer.tokenFor(KeycloakRealm.ADMIN).split("\\.")[0]),
                StandardCharsets.UTF_8);

        assertThat(header).contains("\"alg\":\"RS256\"").contains("\"typ\":\"JWT\"");
    }

    @Test
    void compositeRolesAreExpandedAsKeycloakExpandsThem() {
        assertThat(roles(TestIssuer.tokenFor(KeycloakRealm.VIEWER))).containsExactly("viewer");
        assertThat(roles(TestIssuer.tokenFor(KeycloakRealm.PARTNER))).containsExactly("partner");
        assertThat(roles(TestIssuer.tokenFor(KeycloakRealm.EDITOR))).containsExactlyInAnyOrder("editor", "viewer");
        assertThat(roles(TestIssuer.tokenFor(KeycloakRealm.ADMIN))).containsExactlyInAnyOrder("admin", "editor", "viewer");
        assertThat(roles(TestIssuer.tokenFor(KeycloakRealm.SECOND_ADMIN))).containsExactlyInAnyOrder("admin", "editor", "viewer");
    }

    @Test
    void onlyThePartnerUserWorksForAPartnerAndItIsNscale() {
        assertThat(Tokens.claims(TestIssuer.tokenFor(KeycloakRealm.PARTNER)))
                .containsEntry(KeycloakRealm.PARTNER_ID_CLAIM, KeycloakRealm.NSCALE_PARTNER_ID);
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.EDITOR, KeycloakRealm.ADMIN, KeycloakRealm.SECOND_ADMIN)) {
            assertThat(Tokens.claims(TestIssuer.tokenFor(user))).doesNotContainKey(KeycloakRealm.PARTNER_ID_CLAIM);
        }
    }

    @Test
    void theSecondAdminIsItsOwnUser() {
        assertThat(Tokens.claims(TestIssuer.tokenFor(KeycloakRealm.SECOND_ADMIN)))
                .containsEntry("preferred_username", "admin2")
                .containsEntry("sub", "test-admin2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"outsider", "Admin", "", "root"})
    void anyoneElseIsNotADemoUser(String user) {
        assertThatThrownBy(() -> TestIssuer.tokenFor(user))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a demo user: " + user);
    }

    @Test
    void aTokenForAnyUserHoldsExactlyTheRolesAndPartnerGiven() throws Exception {
        String token = TestIssuer.token("carol", List.of("partner"), "00000000-0000-0000-0000-00000000000c");

        assertThat(verifies(token)).isTrue();
        assertThat(roles(token)).containsExactly("partner");
        assertThat(Tokens.claims(token)).containsEntry("partner_id", "00000000-0000-0000-0000-00000000000c")
                .containsEntry("preferred_username", "carol");
        assertThat(Tokens.claims(TestIssuer.token("dave", List.of()))).doesNotContainKey("partner_id");
    }

    @Test
    void extraClaimsOverrideTheStandardOnesAndTheLifetimeSetsExp() throws Exception {
        String token = TestIssuer.sign("admin", Map.of("aud", "someone-else", "custom", "yes"), Duration.ofMinutes(-5));

        Map<String, Object> claims = Tokens.claims(token);
        assertThat(claims).containsEntry("aud", "someone-else").containsEntry("custom", "yes");
        assertThat(((Number) claims.get("exp")).longValue()).isLessThan(Instant.now().getEpochSecond() - 200);
        assertThat(verifies(token)).as("still signed by the issuer").isTrue();
    }

    @Test
    void theServiceConfigChecksSignatureIssuerAndAudience() {
        assertThat(TestIssuer.serviceConfig()).containsOnly(
                Map.entry("quarkus.oidc.public-key", TestIssuer.publicKey()),
                Map.entry("quarkus.oidc.token.issuer", TestIssuer.ISSUER),
                Map.entry("quarkus.oidc.client-id", "jv-gateway"),
                Map.entry("quarkus.oidc.token.audience", "jv-gateway"));
    }

    @Test
    void theKeyPairIsMadeOncePerJvmAndSharedThroughSystemProperties() {
        String key = TestIssuer.publicKey();

        assertThat(TestIssuer.publicKey()).isEqualTo(key);
        assertThat(System.getProperty("jv.test-issuer.public-key")).isEqualTo(key);
        assertThat(System.getProperty("jv.test-issuer.private-key")).isNotBlank();
    }

    @Test
    void theIssuerIsInARealmNamedJvOnAHostThatCannotExist() {
        assertThat(TestIssuer.ISSUER).endsWith("/realms/" + KeycloakRealm.REALM).contains(".invalid/");
    }

    @Test
    void eachRefusedTokenBreaksItsOwnRule() throws Exception {
        List<String> refused = TestIssuer.refusedTokens();

        assertThat(refused).hasSize(6).doesNotHaveDuplicates();
        String tampered = refused.get(0);
        String unsigned = refused.get(1);
        String expired = refused.get(2);
        String otherRealm = refused.get(3);
        String otherAudience = refused.get(4);
        String notAJwt = refused.get(5);
        long now = Instant.now().getEpochSecond();

        assertThat(verifies(tampered)).as("tampered signature").isFalse();
        assertThat(roles(tampered)).contains("admin");

        assertThat(unsigned).endsWith(".");
        assertThat(new String(Base64.getUrlDecoder().decode(unsigned.split("\\.")[0]), StandardCharsets.UTF_8))
                .contains("\"alg\":\"none\"");

        assertThat(verifies(expired)).isTrue();
        assertThat(((Number) Tokens.claims(expired).get("exp")).longValue()).isLessThan(now);

        assertThat(verifies(otherRealm)).isTrue();
        assertThat(Tokens.claims(otherRealm).get("iss")).isEqualTo(TestIssuer.ISSUER.replace("/realms/jv", "/realms/other"));
        assertThat(((Number) Tokens.claims(otherRealm).get("exp")).longValue()).isGreaterThan(now);

        assertThat(verifies(otherAudience)).isTrue();
        assertThat(Tokens.claims(otherAudience)).containsEntry("aud", KeycloakRealm.OTHER_AUDIENCE_CLIENT)
                .containsEntry("iss", TestIssuer.ISSUER);

        assertThat(notAJwt).doesNotContain(".");
    }

    @Test
    void everyRefusedTokenIsAnAdminsSoOnlyTheBrokenRuleCanRefuseIt() {
        for (String token : TestIssuer.refusedTokens().subList(0, 5)) {
            assertThat(Tokens.claims(token)).containsEntry("preferred_username", "admin");
            assertThat(roles(token)).containsExactlyInAnyOrder("admin", "editor", "viewer");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KeycloakRealm.VIEWER, KeycloakRealm.PARTNER, KeycloakRealm.EDITOR, KeycloakRealm.ADMIN,
            KeycloakRealm.SECOND_ADMIN})
    void aJwtConsumerConfiguredLikeTheServicesAcceptsEveryDemoUsersToken(String user) throws Exception {
        JwtClaims claims = asTheServicesCheck().processToClaims(TestIssuer.tokenFor(user));

        assertThat(claims.getStringClaimValue("preferred_username")).isEqualTo(user);
    }

    @Test
    void aJwtConsumerConfiguredLikeTheServicesRefusesEveryRefusedToken() {
        JwtConsumer consumer = asTheServicesCheck();

        for (String token : TestIssuer.refusedTokens()) {
            assertThatThrownBy(() -> consumer.processToClaims(token)).as(token).isInstanceOf(InvalidJwtException.class);
        }
    }

    /** What {@link TestIssuer#serviceConfig()} asks of Quarkus OIDC: its key, issuer and audience, exp required, no skew. */
    private static JwtConsumer asTheServicesCheck() {
        Map<String, String> config = TestIssuer.serviceConfig();
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(config.get("quarkus.oidc.public-key"))));
            return new JwtConsumerBuilder()
                    .setVerificationKey(key)
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setExpectedIssuer(config.get("quarkus.oidc.token.issuer"))
                    .setExpectedAudience(config.get("quarkus.oidc.token.audience"))
                    .setRequireExpirationTime()
                    .setAllowedClockSkewInSeconds(0)
                    .build();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> roles(String token) {
        return (List<String>) ((Map<String, Object>) Tokens.claims(token).get("realm_access")).get("roles");
    }

    /** RS256 with the key the service is configured with ({@code quarkus.oidc.public-key}). */
    static boolean verifies(String token) throws Exception {
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(TestIssuer.publicKey())));
        String[] parts = token.split("\\.", -1);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        try {
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (java.security.SignatureException | IllegalArgumentException e) {
            return false;
        }
    }
}

package io.jvplatform.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * By hand, not a JUnit test (Keycloak must start only once per test run): starts a real Keycloak
 * with the jv and test realms, gets a token for each demo user and each kind a service must
 * refuse, prints the claims and checks them. Exits non-zero on a failed check.
 * <pre>./mvnw -B -pl platform/devstack install &amp;&amp; ./mvnw -B -pl platform/devstack exec:java@keycloak-smoke-check</pre>
 */
public final class KeycloakSmokeCheck {

    private static final Map<String, Set<String>> EXPECTED_ROLES = Map.of(
            KeycloakRealm.VIEWER, Set.of("viewer"),
            KeycloakRealm.PARTNER, Set.of("partner"),
            KeycloakRealm.EDITOR, Set.of("editor", "viewer"),
            KeycloakRealm.ADMIN, Set.of("admin", "editor", "viewer"));

    private final List<String> failures = new ArrayList<>();

    private KeycloakSmokeCheck() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : FreePort.find();
        KeycloakSmokeCheck check = new KeycloakSmokeCheck();
        try (KeycloakServer server = KeycloakServer.start(port,
                List.of(KeycloakRealm.jvRealmFile(), KeycloakRealm.otherRealmFile()))) {
            System.out.printf("Keycloak %s ready at %s in %.1f s (log: %s)%n", KeycloakServer.VERSION,
                    server.baseUrl(), server.startTime().toMillis() / 1000.0, server.log());
            check.run(server);
        }
        if (!check.failures.isEmpty()) {
            System.out.println("FAILED:");
            check.failures.forEach(failure -> System.out.println("  - " + failure));
            System.exit(1);
        }
        System.out.println("All checks passed.");
    }

    private void run(KeycloakServer server) throws Exception {
        Tokens tokens = Tokens.from(server.baseUrl());
        String issuer = server.realmUrl(KeycloakRealm.REALM);
        PublicKey jvKey = signingKey(issuer);

        for (String user : KeycloakRealm.DEMO_USERS) {
            String token = tokens.accessToken(user);
            Map<String, Object> claims = print("demo user " + user, token);
            expect(issuer.equals(claims.get("iss")), user + ": iss " + claims.get("iss"));
            expect(audience(claims).contains(KeycloakRealm.AUDIENCE), user + ": aud lacks jv-gateway");
            expect(Set.copyOf(roles(claims)).containsAll(EXPECTED_ROLES.get(user)),
                    user + ": roles " + roles(claims) + " lack " + EXPECTED_ROLES.get(user));
            Object partnerId = claims.get(KeycloakRealm.PARTNER_ID_CLAIM);
            expect(user.equals(KeycloakRealm.PARTNER) ? KeycloakRealm.NSCALE_PARTNER_ID.equals(partnerId) : partnerId == null,
                    user + ": partner_id " + partnerId);
            expect(verifies(jvKey, token), user + ": signature does not verify against the realm's JWKS");
        }

        List<String> declared = declaredUserAttributes(server, tokens);
        System.out.println("== user profile of realm jv declares " + declared);
        expect(declared.contains(KeycloakRealm.PARTNER_ID_CLAIM), "user profile does not declare partner_id");

        String otherAudience = tokens.forOtherAudience(KeycloakRealm.VIEWER);
        expect(!audience(print("client jv-other-audience (must be refused)", otherAudience)).contains(KeycloakRealm.AUDIENCE),
                "jv-other-audience token carries aud jv-gateway");

        String foreign = tokens.fromOtherRealm();
        Map<String, Object> foreignClaims = print("realm other (must be refused)", foreign);
        expect(server.realmUrl(KeycloakRealm.OTHER_REALM).equals(foreignClaims.get("iss")), "other realm: iss " + foreignClaims.get("iss"));
        expect(!verifies(jvKey, foreign), "other realm token verifies against jv's key");

        String viewer = tokens.accessToken(KeycloakRealm.VIEWER);
        expect(!verifies(jvKey, Tokens.withTamperedSignature(viewer)), "tampered token still verifies");
        String unsigned = Tokens.unsigned(viewer);
        System.out.println("== alg none (must be refused): header " + decode(unsigned.split("\\.")[0])
                + ", signature '" + unsigned.substring(unsigned.lastIndexOf('.') + 1) + "'");

        String expired = tokens.expired(KeycloakRealm.VIEWER);
        Map<String, Object> expiredClaims = print("expired (must be refused)", expired);
        expect(((Number) expiredClaims.get("exp")).longValue() < Instant.now().getEpochSecond(), "expired token has not expired");
        expect(audience(expiredClaims).contains(KeycloakRealm.AUDIENCE) && verifies(jvKey, expired),
                "expired token should differ from a valid one only by its expiry");
    }

    private static Map<String, Object> print(String title, String token) {
        Map<String, Object> claims = Tokens.claims(token);
        System.out.println("== " + title);
        for (String claim : List.of("iss", "aud", "azp", "preferred_username", "realm_access", "partner_id", "scope")) {
            if (claims.containsKey(claim)) {
                System.out.println("   " + claim + ": " + claims.get(claim));
            }
        }
        System.out.println("   lifespan: " + (((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()) + " s");
        return claims;
    }

    private void expect(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
        }
    }

    private static List<String> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return aud == null ? List.of() : List.of(String.valueOf(aud));
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(Map<String, Object> claims) {
        Object realmAccess = claims.get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> roles) {
            return (List<String>) roles;
        }
        return List.of();
    }

    /** The attributes realm jv's user profile declares, as the admin API reports them. */
    private static List<String> declaredUserAttributes(KeycloakServer server, Tokens tokens) throws Exception {
        String adminToken = tokens.passwordGrant("master", "admin-cli", KeycloakServer.BOOTSTRAP_ADMIN,
                KeycloakServer.BOOTSTRAP_ADMIN_PASSWORD);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/realms/" + KeycloakRealm.REALM + "/users/profile"))
                .header("Authorization", "Bearer " + adminToken).build();
        JsonNode profile = new ObjectMapper().readTree(
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
        List<String> names = new ArrayList<>();
        profile.path("attributes").forEach(attribute -> names.add(attribute.path("name").asText()));
        return names;
    }

    /** The realm's RS256 signing key from its JWKS, to show which tokens a verifier would accept. */
    private static PublicKey signingKey(String issuer) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs")).build();
        JsonNode jwks = new ObjectMapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode key : jwks.path("keys")) {
            if ("RS256".equals(key.path("alg").asText()) && "sig".equals(key.path("use").asText())) {
                Base64.Decoder base64url = Base64.getUrlDecoder();
                RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, base64url.decode(key.get("n").asText())),
                        new BigInteger(1, base64url.decode(key.get("e").asText())));
                return KeyFactory.getInstance("RSA").generatePublic(spec);
            }
        }
        throw new IllegalStateException("no RS256 signing key in " + issuer);
    }

    private static boolean verifies(PublicKey key, String token) {
        try {
            int lastDot = token.lastIndexOf('.');
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
        } catch (Exception malformed) {
            return false;
        }
    }

    private static String decode(String base64url) {
        return new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    }
}

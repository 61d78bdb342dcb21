package io.jvplatform.devstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs Keycloak-shaped access tokens (RS256, {@code realm_access.roles}, {@code partner_id},
 * audience {@value KeycloakRealm#AUDIENCE}) with a key made for this test JVM, for the services'
 * own fast tests: they verify them with {@code quarkus.oidc.public-key} through the same OIDC
 * code as production, without the ~30 s Keycloak start. The real Keycloak path is proven once,
 * in the gateway's tests.
 * <p>
 * The key pair lives in a system property because Quarkus loads test code in more than one
 * class loader, and the resource that configures the service must know the key the test signs with.
 */
public final class TestIssuer {

    public static final String ISSUER = "https://test-issuer.jv-platform.invalid/realms/jv";

    private static final String KEY_PROPERTY = "jv.test-issuer.private-key";
    private static final String PUBLIC_KEY_PROPERTY = "jv.test-issuer.public-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private TestIssuer() {
    }

    /**
     * The service configuration that makes it accept this issuer's tokens, as it would accept
     * Keycloak's: signature, expiry, issuer and audience are all checked.
     */
    public static Map<String, String> serviceConfig() {
        return Map.of(
                "quarkus.oidc.public-key", publicKey(),
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.client-id", KeycloakRealm.AUDIENCE,
                "quarkus.oidc.token.audience", KeycloakRealm.AUDIENCE);
    }

    /** The base64 X.509 public key, the form {@code quarkus.oidc.public-key} takes. */
    public static String publicKey() {
        keys();
        return System.getProperty(PUBLIC_KEY_PROPERTY);
    }

    /**
     * A token for one of the demo users ({@link KeycloakRealm#DEMO_USERS}, {@link KeycloakRealm#SECOND_ADMIN}) as realm {@code jv}
     * issues it: composite roles expanded, and the partner user's {@code partner_id}.
     */
    public static String tokenFor(String demoUser) {
        return switch (demoUser) {
            case KeycloakRealm.VIEWER -> token(demoUser, List.of(KeycloakRealm.VIEWER));
            case KeycloakRealm.PARTNER -> token(demoUser, List.of(KeycloakRealm.PARTNER), KeycloakRealm.NSCALE_PARTNER_ID);
            case KeycloakRealm.EDITOR -> token(demoUser, List.of(KeycloakRealm.EDITOR, KeycloakRealm.VIEWER));
            case KeycloakRealm.ADMIN, KeycloakRealm.SECOND_ADMIN -> token(demoUser, List.of(KeycloakRealm.ADMIN, KeycloakRealm.EDITOR, KeycloakRealm.VIEWER));
            default -> throw new IllegalArgumentException("not a demo user: " + demoUser);
        };
    }

    /** A token for {@code username} holding exactly {@code roles} (expand composites yourself, as Keycloak does). */
    public static String token(String username, List<String> roles) {
        return token(username, roles, null);
    }

    /** A partner user's token: {@code partnerId} goes into the {@code partner_id} claim. */
    public static String token(String username, List<String> roles, String partnerId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("realm_access", Map.of("roles", roles));
        if (partnerId != null) {
            claims.put(KeycloakRealm.PARTNER_ID_CLAIM, partnerId);
        }
        return sign(username, claims, Duration.ofMinutes(10));
    }

    /**
     * Admin tokens that a service must refuse, each for one reason: a tampered signature, alg
     * none, expired, another realm's issuer, another audience, and not a JWT at all.
     */
    public static List<String> refusedTokens() {
        List<String> roles = List.of(KeycloakRealm.ADMIN, KeycloakRealm.EDITOR, KeycloakRealm.VIEWER);
        String admin = token(KeycloakRealm.ADMIN, roles);
        return List.of(
                Tokens.withTamperedSignature(admin),
                Tokens.unsigned(admin),
                sign(KeycloakRealm.ADMIN, Map.of("realm_access", Map.of("roles", roles)), Duration.ofMinutes(-5)),
                sign(KeycloakRealm.ADMIN, Map.of("realm_access", Map.of("roles", roles),
                        "iss", ISSUER.replace("/realms/" + KeycloakRealm.REALM, "/realms/" + KeycloakRealm.OTHER_REALM)),
                        Duration.ofMinutes(10)),
                sign(KeycloakRealm.ADMIN, Map.of("realm_access", Map.of("roles", roles), "aud", KeycloakRealm.OTHER_AUDIENCE_CLIENT),
                        Duration.ofMinutes(10)),
                "not-a-jwt");
    }

    /** A token with any claims on top of the standard ones (to build tokens that must be refused). */
    public static String sign(String username, Map<String, Object> extraClaims, Duration lifetime) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", KeycloakRealm.AUDIENCE);
        claims.put("sub", "test-" + username);
        claims.put("preferred_username", username);
        claims.put("typ", "Bearer");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.putAll(extraClaims);
        String signingInput = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        byte[] encoded = Base64.getDecoder().decode(keys());
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    }

    /** The base64 PKCS#8 private key, made on first use in this JVM. */
    private static String keys() {
        synchronized (System.class) {
            String existing = System.getProperty(KEY_PROPERTY);
            if (existing != null) {
                return existing;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC_KEY_PROPERTY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                String privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
                System.setProperty(KEY_PROPERTY, privateKey);
                return privateKey;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot make a test key pair", e);
            }
        }
    }
}

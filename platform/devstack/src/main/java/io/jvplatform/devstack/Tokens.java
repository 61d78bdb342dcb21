package io.jvplatform.devstack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Access tokens from a running Keycloak for tests and the local run: genuine ones for the demo
 * users (password grant on the DEMO/DEV-only client {@value KeycloakRealm#CLI_CLIENT}), and the
 * kinds a service must refuse.
 * <p>
 * Tokens are cached per realm, client and user while they have more than a minute to live:
 * Keycloak hashes the password on every grant, which costs a noticeable fraction of a second on
 * 2 cores.
 */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
    private static final Base64.Encoder BASE64URL_NO_PADDING = Base64.getUrlEncoder().withoutPadding();
    private static final Duration REUSE_MARGIN = Duration.ofSeconds(60);

    private final Supplier<String> keycloakBaseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private Tokens(Supplier<String> keycloakBaseUrl) {
        this.keycloakBaseUrl = keycloakBaseUrl;
    }

    /** Tokens from the Keycloak at {@code keycloakBaseUrl} (e.g. {@code http://127.0.0.1:8180}). */
    public static Tokens from(String keycloakBaseUrl) {
        return new Tokens(() -> keycloakBaseUrl);
    }

    /**
     * Tokens from the Keycloak that {@link KeycloakTestResource} started. Safe to call in a static
     * initialiser: the URL is looked up at the first request, once the test resource is up.
     */
    public static Tokens fromTestKeycloak() {
        return new Tokens(KeycloakTestResource::baseUrl);
    }

    /** A valid access token for a demo user of realm {@value KeycloakRealm#REALM} (audience jv-gateway). */
    public String accessToken(String demoUser) {
        return passwordGrant(KeycloakRealm.REALM, KeycloakRealm.CLI_CLIENT, demoUser, KeycloakRealm.demoPassword(demoUser));
    }

    /** Must be refused: signed by realm {@value KeycloakRealm#OTHER_REALM}, though it claims aud jv-gateway and role viewer. */
    public String fromOtherRealm() {
        return passwordGrant(KeycloakRealm.OTHER_REALM, KeycloakRealm.OTHER_REALM_CLIENT,
                KeycloakRealm.OTHER_REALM_USER, KeycloakRealm.demoPassword(KeycloakRealm.OTHER_REALM_USER));
    }

    /** Must be refused: a genuine jv token for {@code demoUser} whose audience lacks jv-gateway. */
    public String forOtherAudience(String demoUser) {
        return passwordGrant(KeycloakRealm.REALM, KeycloakRealm.OTHER_AUDIENCE_CLIENT, demoUser,
                KeycloakRealm.demoPassword(demoUser));
    }

    /**
     * Must be refused: a genuine, Keycloak-signed jv token for {@code demoUser} (audience jv-gateway
     * and all) that has expired. The realm's test-only client {@value KeycloakRealm#SHORT_LIVED_CLIENT}
     * issues access tokens that live one second; this waits until a second after {@code exp}, so the
     * call takes about two seconds. A service that allows clock skew
     * ({@code quarkus.oidc.token.lifespan-grace}) would still accept it: the services allow none.
     */
    public String expired(String demoUser) {
        String token = requestToken(KeycloakRealm.REALM, KeycloakRealm.SHORT_LIVED_CLIENT, demoUser,
                KeycloakRealm.demoPassword(demoUser));
        Instant past = expiry(token).plusSeconds(1);
        Duration wait = Duration.between(Instant.now(), past);
        if (!wait.isNegative()) {
            try {
                Thread.sleep(wait.toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a token to expire", e);
            }
        }
        return token;
    }

    /** Must be refused: {@code token} with one character of its signature changed. */
    public static String withTamperedSignature(String token) {
        String[] parts = parts(token);
        char[] signature = parts[2].toCharArray();
        // the middle, not the end: the last base64url character may carry only padding bits
        int i = signature.length / 2;
        signature[i] = signature[i] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    /** Must be refused: {@code token}'s claims under the header {@code {"alg":"none"}} and no signature. */
    public static String unsigned(String token) {
        String header = BASE64URL_NO_PADDING.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts(token)[1] + ".";
    }

    /** The claims of a JWT, without checking its signature (for assertions and the smoke check). */
    public static Map<String, Object> claims(String token) {
        try {
            return JSON.readValue(BASE64URL.decode(parts(token)[1]), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT payload", e);
        }
    }

    /** The token endpoint's answer for a password grant, cached while the token lives long enough. */
    public String passwordGrant(String realm, String clientId, String username, String password) {
        String key = realm + "/" + clientId + "/" + username;
        String cached = cache.get(key);
        if (cached != null && expiry(cached).isAfter(Instant.now().plus(REUSE_MARGIN))) {
            return cached;
        }
        String token = requestToken(realm, clientId, username, password);
        cache.put(key, token);
        return token;
    }

    private String requestToken(String realm, String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI endpoint = URI.create(keycloakBaseUrl.get() + "/realms/" + realm + "/protocol/openid-connect/token");
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
                throw new IllegalStateException("no token for " + username + " from client " + clientId + " in realm "
                        + realm + ": HTTP " + response.statusCode() + " " + answer.path("error") + " "
                        + answer.path("error_description"));
            }
            return answer.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Keycloak at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
        }
    }

    private static Instant expiry(String token) {
        Object exp = claims(token).get("exp");
        if (!(exp instanceof Number seconds)) {
            throw new IllegalArgumentException("token has no exp claim");
        }
        return Instant.ofEpochSecond(seconds.longValue());
    }

    private static String[] parts(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT: expected three dot-separated parts");
        }
        return parts;
    }
}

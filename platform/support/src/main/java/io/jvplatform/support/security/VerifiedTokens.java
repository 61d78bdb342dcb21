package io.jvplatform.support.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Access tokens this process has verified, each with the identity Quarkus OIDC made of it, kept
 * until the token expires. A client sends the same token with every request for its whole
 * lifetime, and every part of the platform checks it again (no service trusts the network): the
 * check parses the token's JSON three times and verifies its RSA signature, about 40 % of
 * partners-service's CPU on a write. A token seen before is now looked up by its text instead.
 * <p>
 * What that changes: nothing for a token that fails (only verified ones get here), or for a
 * changed one (another text is another key). A verified JWT is valid until its {@code exp} in any
 * case: Quarkus OIDC checks it locally (no introspection), so a token Keycloak revokes stayed
 * valid until then already; so did one signed by a key the realm rotates out, until then, as
 * now. Bounded by {@value #MAX_SIZE_KEY} entries, so many users cannot fill the heap.
 */
@ApplicationScoped
public class VerifiedTokens {

    public static final String MAX_SIZE_KEY = "jv.security.verified-tokens.max-size";

    /** Quarkus OIDC's attribute for the token's {@code exp}, in epoch seconds. */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";

    private record Verified(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Cache<String, Verified> verified;
    private final Clock clock;

    /** The cache's name on /q/metrics: {@code cache_gets_total{cache="verified-tokens",result="hit"}} and the others. */
    public static final String METRICS_NAME = "verified-tokens";

    @Inject
    VerifiedTokens(@ConfigProperty(name = MAX_SIZE_KEY, defaultValue = "1000") long maxSize, MeterRegistry metrics) {
        this(maxSize, Clock.systemUTC());
        CaffeineCacheMetrics.monitor(metrics, verified, METRICS_NAME);
    }

    VerifiedTokens(long maxSize, Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.creating((String token, Verified entry) ->
                        Duration.ofMillis(Math.max(0, entry.expiresAtMillis() - clock.millis()))))
                .recordStats()
                .build();
    }

    /** The identity made of this token when it was verified, while the token has not expired. */
    public Optional<SecurityIdentity> identityOf(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Verified entry = verified.getIfPresent(token);
        // the cache evicts by its own ticker; the expiry is judged here by the clock OIDC judges it by
        if (entry == null || clock.millis() >= entry.expiresAtMillis()) {
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /**
     * Keeps a verified identity for its token, until the token's expiry. An identity without a
     * token or without an expiry (anonymous, or from another mechanism) is not kept.
     */
    public void remember(SecurityIdentity identity) {
        TokenCredential token = identity.isAnonymous() ? null : identity.getCredential(TokenCredential.class);
        if (token == null || token.getToken() == null || !(identity.getAttribute(EXPIRE_TIME) instanceof Long expiresAt)) {
            return;
        }
        long expiresAtMillis = expiresAt * 1000;
        if (expiresAtMillis > clock.millis()) {
            verified.put(token.getToken(), new Verified(identity, expiresAtMillis));
        }
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}

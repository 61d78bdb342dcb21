package io.jvplatform.support.security;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import static io.jvplatform.support.security.VerifiedTokensTests.NOW_SECONDS;
import static io.jvplatform.support.security.VerifiedTokensTests.verified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider asked before Quarkus OIDC answers a token verified before, and stays silent for any
 * other, so OIDC verifies it; the recorder keeps what OIDC verified.
 */
class RememberedTokenProviderTests {

    private final VerifiedTokens tokens = new VerifiedTokens(100, new VerifiedTokensTests.TestClock());
    private final RememberedTokenProvider provider = new RememberedTokenProvider(tokens);
    private final VerifiedTokenRecorder recorder = new VerifiedTokenRecorder(tokens);
    private final AuthenticationRequestContext context = new AuthenticationRequestContext() {
        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
            return Uni.createFrom().item(function);
        }
    };

    private SecurityIdentity ask(String token) {
        return provider.authenticate(new TokenAuthenticationRequest(new TokenCredential(token, "bearer")), context)
                .await().indefinitely();
    }

    @Test
    void itIsAskedBeforeEveryProviderQuarkusShips() {
        IdentityProvider<TokenAuthenticationRequest> unstated = new IdentityProvider<>() {
            @Override
            public Class<TokenAuthenticationRequest> getRequestType() {
                return TokenAuthenticationRequest.class;
            }

            @Override
            public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
                return Uni.createFrom().nullItem();
            }
        };

        // OIDC's provider states no priority, which puts it at SYSTEM_FIRST + 1
        assertThat(provider.priority()).isGreaterThan(unstated.priority()).isGreaterThan(IdentityProvider.SYSTEM_FIRST);
        assertThat(provider.getRequestType()).isEqualTo(TokenAuthenticationRequest.class);
    }

    @Test
    void aTokenNeverVerifiedGetsNoAnswerSoOidcVerifiesIt() {
        assertThat(ask("token-a")).isNull();
    }

    @Test
    void aTokenOidcVerifiedIsAnsweredWithItsIdentityFromThenOn() {
        SecurityIdentity fromOidc = verified("token-a", "anna", NOW_SECONDS + 300);
        recorder.augment(fromOidc, context).await().indefinitely();

        SecurityIdentity answer = ask("token-a");

        assertThat(answer.getPrincipal()).isSameAs(fromOidc.getPrincipal());
        assertThat(answer.getRoles()).containsExactly(Roles.VIEWER);
        assertThat(answer.getCredential(TokenCredential.class).getToken()).isEqualTo("token-a");
        assertThat(answer.<Long>getAttribute(VerifiedTokens.EXPIRE_TIME)).isEqualTo(NOW_SECONDS + 300);
        assertThat(ask("token-b")).isNull();
    }

    @Test
    void theAnswerCarriesThisRequestsContextNotTheOneThatVerifiedIt() {
        AuthenticationRequestContext first = context;
        SecurityIdentity fromOidc = io.quarkus.security.runtime.QuarkusSecurityIdentity.builder(verified("token-a", "anna", NOW_SECONDS + 300))
                .addAttribute(AuthenticationRequestContext.class.getName(), first)
                .addAttribute(RoutingContext.class.getName(), "the first request")
                .build();
        recorder.augment(fromOidc, first).await().indefinitely();
        AuthenticationRequestContext second = function -> Uni.createFrom().item(function);

        SecurityIdentity answer = provider.authenticate(new TokenAuthenticationRequest(new TokenCredential("token-a", "bearer")), second)
                .await().indefinitely();

        assertThat(answer.<Object>getAttribute(AuthenticationRequestContext.class.getName())).isSameAs(second);
        assertThat(answer.<Object>getAttribute(RoutingContext.class.getName())).isNotEqualTo("the first request");
    }

    @Test
    void aRememberedIdentityIsNotStoredAgainAndPassesTheRecorderUnchanged() {
        AtomicInteger stored = new AtomicInteger();
        VerifiedTokens counting = new VerifiedTokens(100, new VerifiedTokensTests.TestClock()) {
            @Override
            public void remember(SecurityIdentity identity) {
                stored.incrementAndGet();
                super.remember(identity);
            }
        };
        VerifiedTokenRecorder countingRecorder = new VerifiedTokenRecorder(counting);
        countingRecorder.augment(verified("token-a", "anna", NOW_SECONDS + 300), context).await().indefinitely();
        SecurityIdentity remembered = new RememberedTokenProvider(counting)
                .authenticate(new TokenAuthenticationRequest(new TokenCredential("token-a", "bearer")), context).await().indefinitely();

        SecurityIdentity passed = countingRecorder.augment(remembered, context).await().indefinitely();

        assertThat(passed).isSameAs(remembered);
        assertThat(stored).hasValue(1);
    }

    @Test
    void theRecorderRunsBeforeEveryOtherAugmentorSoItKeepsTheIdentityAsOidcMadeIt() {
        assertThat(recorder.priority()).isEqualTo(Integer.MAX_VALUE);
    }
}

package io.jvplatform.support.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import static org.assertj.core.api.Assertions.assertThat;

/** Verified tokens are looked up by their text until they expire, and only verified ones are kept. */
class VerifiedTokensTests {

    static final long NOW_SECONDS = 1_800_000_000L;

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        final AtomicLong millis = new AtomicLong(NOW_SECONDS * 1000);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public long millis() {
            return millis.get();
        }
    }

    static SecurityIdentity verified(String token, String name, Long expiresAtSeconds) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(() -> name)
                .addRole(Roles.VIEWER)
                .addCredential(new TokenCredential(token, "bearer"));
        if (expiresAtSeconds != null) {
            identity.addAttribute(VerifiedTokens.EXPIRE_TIME, expiresAtSeconds);
        }
        return identity.build();
    }

    private final TestClock clock = new TestClock();
    private final VerifiedTokens tokens = new VerifiedTokens(100, clock);

    @Test
    void aVerifiedTokenIsFoundByItsTextWithTheIdentityMadeOfIt() {
        SecurityIdentity identity = verified("token-a", "anna", NOW_SECONDS + 300);

        tokens.remember(identity);

        assertThat(tokens.identityOf("token-a")).containsSame(identity);
    }

    @Test
    void anotherTextIsAnotherTokenEvenIfItDiffersInOneCharacter() {
        tokens.remember(verified("header.payload.signature", "anna", NOW_SECONDS + 300));

        assertThat(tokens.identityOf("header.payload.signaturf")).isEmpty();
        assertThat(tokens.identityOf("header.payload.signature ")).isEmpty();
        assertThat(tokens.identityOf("unknown")).isEmpty();
    }

    @Test
    void twoTokensKeepTheirOwnIdentities() {
        tokens.remember(verified("token-a", "anna", NOW_SECONDS + 300));
        tokens.remember(verified("token-b", "bert", NOW_SECONDS + 300));

        assertThat(tokens.identityOf("token-a")).get().extracting(id -> id.getPrincipal().getName()).isEqualTo("anna");
        assertThat(tokens.identityOf("token-b")).get().extracting(id -> id.getPrincipal().getName()).isEqualTo("bert");
    }

    @Test
    void aTokenIsForgottenTheMomentItExpires() {
        tokens.remember(verified("token-a", "anna", NOW_SECONDS + 300));

        clock.millis.set((NOW_SECONDS + 300) * 1000 - 1);
        assertThat(tokens.identityOf("token-a")).isPresent();

        clock.millis.set((NOW_SECONDS + 300) * 1000);
        assertThat(tokens.identityOf("token-a")).isEmpty();
    }

    @ParameterizedTest(name = "expiry {0} s from now")
    @ValueSource(longs = {0, -1, -3600})
    void aTokenAlreadyExpiredIsNotKept(long fromNow) {
        tokens.remember(verified("token-a", "anna", NOW_SECONDS + fromNow));

        assertThat(tokens.identityOf("token-a")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @ParameterizedTest(name = "token [{0}]")
    @NullAndEmptySource
    void noTokenOrAnEmptyOneIsNeverAnswered(String token) {
        tokens.remember(verified("token-a", "anna", NOW_SECONDS + 300));

        assertThat(tokens.identityOf(token)).isEmpty();
    }

    @Test
    void anIdentityWithoutAnExpiryIsNotKept() {
        tokens.remember(verified("token-a", "anna", null));

        assertThat(tokens.identityOf("token-a")).isEmpty();
    }

    @Test
    void anIdentityWithoutATokenIsNotKept() {
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(() -> "anna")
                .addAttribute(VerifiedTokens.EXPIRE_TIME, NOW_SECONDS + 300).build());
        tokens.remember(QuarkusSecurityIdentity.builder().setAnonymous(true)
                .addAttribute(VerifiedTokens.EXPIRE_TIME, NOW_SECONDS + 300).build());

        assertThat(tokens.size()).isZero();
    }

    @Test
    void atMostMaxSizeTokensAreKept() {
        VerifiedTokens three = new VerifiedTokens(3, clock);
        for (int i = 0; i < 50; i++) {
            three.remember(verified("token-" + i, "user-" + i, NOW_SECONDS + 300));
        }

        assertThat(three.size()).isLessThanOrEqualTo(3);
    }
}

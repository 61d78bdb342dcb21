package io.jvplatform.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jvplatform.support.security.Roles;

/** Which callers are scoped to their partner's ventures, and what of a caller may be shown. */
class CallerTests {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.payload.signature";
    private static final String NSCALE = "3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01";

    @ParameterizedTest
    @ValueSource(strings = { Roles.VIEWER, Roles.EDITOR, Roles.ADMIN })
    void aReadingRoleOtherThanPartnerSeesEveryVenture(String role) {
        assertThat(new Caller(TOKEN, Set.of(role), null).seesEveryVenture()).isTrue();
        assertThat(new Caller(TOKEN, Set.of(Roles.PARTNER, role), NSCALE).seesEveryVenture()).isTrue();
    }

    @Test
    void aPartnerUserIsScopedWithOrWithoutAPartnerId() {
        assertThat(new Caller(TOKEN, Set.of(Roles.PARTNER), NSCALE).seesEveryVenture()).isFalse();
        assertThat(new Caller(TOKEN, Set.of(Roles.PARTNER), null).seesEveryVenture()).isFalse();
    }

    @Test
    void anonymousAndRolelessCallersSeeNoVentureWholesale() {
        assertThat(Caller.ANONYMOUS.seesEveryVenture()).isFalse();
        assertThat(new Caller(TOKEN, Set.of("offline_access"), null).seesEveryVenture()).isFalse();
    }

    @Test
    void theTokenIsForwardedAsABearerAndNeverShownInText() {
        Caller caller = new Caller(TOKEN, Set.of(Roles.VIEWER), null);

        assertThat(caller.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(Caller.ANONYMOUS.authorization()).isNull();
        assertThat(caller.toString()).doesNotContain(TOKEN).contains(Roles.VIEWER);
    }
}

package io.jvplatform.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/** Which callers are scoped to their partner's ventures, and what of a caller may be shown. */
class CallerTests {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.payload.signature";
    private static final String NSCALE = "3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01";

    @ParameterizedTest
    @ValueSource(strings = { Roles.VIEWER, Roles.EDITOR, Roles.ADMIN })
    void aReadingRoleOtherThanPartnerSeesEveryVenture(String role) {
        assertThat(new Caller("user", Optional.of("sub"), Set.of(role), null, TOKEN).seesEveryVenture()).isTrue();
        assertThat(new Caller("user", Optional.of("sub"), Set.of(Roles.PARTNER, role), NSCALE, TOKEN).seesEveryVenture()).isTrue();
    }

    @Test
    void aPartnerUserIsScopedWithOrWithoutAPartnerId() {
        assertThat(new Caller("user", Optional.of("sub"), Set.of(Roles.PARTNER), NSCALE, TOKEN).seesEveryVenture()).isFalse();
        assertThat(new Caller("user", Optional.of("sub"), Set.of(Roles.PARTNER), null, TOKEN).seesEveryVenture()).isFalse();
    }

    @Test
    void anonymousAndRolelessCallersSeeNoVentureWholesale() {
        assertThat(Caller.ANONYMOUS.seesEveryVenture()).isFalse();
        assertThat(new Caller("user", Optional.of("sub"), Set.of("offline_access"), null, TOKEN).seesEveryVenture()).isFalse();
    }

    @Test
    void theTokenIsForwardedAsABearerAndNeverShownInText() {
        Caller caller = new Caller("user", Optional.of("sub"), Set.of(Roles.VIEWER), null, TOKEN);

        assertThat(caller.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(Caller.ANONYMOUS.authorization()).isNull();
        assertThat(caller.toString()).doesNotContain(TOKEN).contains(Roles.VIEWER);
    }
    @Test
    void anAnonymousCallerHasTheLogsNameAndNothingElse() {
        assertThat(Caller.ANONYMOUS.name()).isEqualTo(Caller.ANONYMOUS_NAME);
        assertThat(Caller.ANONYMOUS.subject()).isEmpty();
        assertThat(Caller.ANONYMOUS.roles()).isEmpty();
        assertThat(Caller.ANONYMOUS.partnerScope()).isEmpty();
        assertThat(Caller.of(null)).isEqualTo(Caller.ANONYMOUS);
    }

    @Test
    void aBlankNameOrSubjectIsNoNameOrSubject() {
        Caller caller = new Caller(" ", Optional.of(""), Set.of(Roles.ADMIN), null, TOKEN);

        assertThat(caller.name()).isEqualTo(Caller.ANONYMOUS_NAME);
        assertThat(caller.subject()).isEmpty();
    }

    @Test
    void aPartnerUserIsScopedToItsPartnerAndWithoutAClaimToNoPartnerAtAll() {
        assertThat(new Caller("user", Optional.of("sub"), Set.of(Roles.PARTNER), NSCALE, TOKEN).partnerScope()).contains(NSCALE);
        assertThat(new Caller("user", Optional.of("sub"), Set.of(Roles.PARTNER), null, TOKEN).partnerScope()).contains("");
    }

    @Test
    void anAdminIsScopedToNoPartnerEvenWithAPartnerClaim() {
        Caller admin = new Caller("admin", Optional.of("sub"), Set.of(Roles.ADMIN), NSCALE, TOKEN);

        assertThat(admin.seesEveryVenture()).isTrue();
        assertThat(admin.partnerScope()).isEmpty();
    }

    @Test
    void theRolesCannotBeChangedAfterTheFact() {
        Set<String> roles = new HashSet<>(Set.of(Roles.PARTNER));
        Caller caller = new Caller("user", Optional.of("sub"), roles, NSCALE, TOKEN);
        roles.add(Roles.ADMIN);

        assertThat(caller.seesEveryVenture()).isFalse();
    }
}

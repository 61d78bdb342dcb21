package io.jvplatform.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a service reads of the caller's validated token: the ledger's name, the key owner, the partner scope, the forwarded header. */
class CallerOfIdentityTests {

    private static final String NSCALE = "3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01";
    private static final String RAW = "eyJhbGciOiJSUzI1NiJ9.payload.signature";

    /** A validated token as the OIDC extension hands it over: a name, claims and the raw text. */
    record Token(String name, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }

    @Test
    void anAnonymousCallerHasANameForTheLogButNoSubjectNoScopeAndNoHeader() {
        Caller caller = Caller.of(QuarkusSecurityIdentity.builder().setAnonymous(true).build());

        assertThat(caller.name()).isEqualTo(Caller.ANONYMOUS_NAME);
        assertThat(caller.subject()).isEmpty();
        assertThat(caller.partnerScope()).isEmpty();
        assertThat(caller.authorization()).isNull();
    }

    @Test
    void theLedgerRecordsTheUsersName() {
        assertThat(caller(token("admin", "sub-1", null), Roles.ADMIN).name()).isEqualTo("admin");
    }

    @Test
    void aBlankNameIsRecordedAsAnonymousNotAsNothing() {
        assertThat(caller(token(" ", "sub-1", null), Roles.ADMIN).name()).isEqualTo(Caller.ANONYMOUS_NAME);
    }

    @Test
    void idempotencyKeysBelongToTheTokensSubjectNotToTheRenameableName() {
        assertThat(caller(token("editor", "7c1e-sub", null), Roles.EDITOR).subject()).contains("7c1e-sub");
    }

    @Test
    void aTokenWithoutSubjectFallsBackToThePrincipalsName() {
        assertThat(caller(token("editor", null, null), Roles.EDITOR).subject()).contains("editor");
    }

    @Test
    void aPrincipalThatIsNoTokenIsKnownByItsName() {
        Principal plain = () -> "service-account";
        Caller caller = Caller.of(QuarkusSecurityIdentity.builder().setPrincipal(plain).addRole(Roles.VIEWER).build());

        assertThat(caller.subject()).contains("service-account");
        assertThat(caller.authorization()).as("nothing to forward").isNull();
        assertThat(caller.partnerScope()).isEmpty();
    }

    @Test
    void aPartnerUserIsScopedToTheTokensPartner() {
        assertThat(caller(token("partner", "sub", NSCALE), Roles.PARTNER).partnerScope()).contains(NSCALE);
    }

    @Test
    void aPartnerUserWithoutAPartnerClaimIsScopedToNoPartnerAtAll() {
        assertThat(caller(token("partner", "sub", null), Roles.PARTNER).partnerScope()).contains("");
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    void aPartnerUserWhoAlsoHasAnUnscopedReadingRoleIsNotScoped(String role) {
        assertThat(caller(token("both", "sub", NSCALE), Roles.PARTNER, role).partnerScope()).isEmpty();
        assertThat(caller(token("reader", "sub", NSCALE), role).partnerScope()).isEmpty();
    }

    @Test
    void aCallerWithoutAnyOfOurRolesIsNotAPartnerUser() {
        assertThat(caller(token("nobody", "sub", NSCALE), "offline_access").partnerScope()).isEmpty();
    }

    @Test
    void theTokenIsForwardedAsABearer() {
        assertThat(caller(token("viewer", "sub", null), Roles.VIEWER).authorization()).isEqualTo("Bearer " + RAW);
    }

    private static Token token(String name, String subject, String partnerId) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("raw_token", RAW);
        if (subject != null) {
            claims.put("sub", subject);
        }
        if (partnerId != null) {
            claims.put(Roles.PARTNER_ID_CLAIM, partnerId);
        }
        return new Token(name, claims);
    }

    private static Caller caller(Token token, String... roles) {
        SecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(token).addRoles(Set.of(roles)).build();
        return Caller.of(identity);
    }
}

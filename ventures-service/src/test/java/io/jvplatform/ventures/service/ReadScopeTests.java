package io.jvplatform.ventures.service;

import io.jvplatform.support.security.Callers;
import io.jvplatform.support.security.Roles;
import io.jvplatform.ventures.domain.ParticipantRole;
import io.jvplatform.ventures.persistence.ParticipantEmbeddable;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner-scope rule as ventures-service applies it: a partner user reads only the ventures in
 * which its partner holds a current stake or any role; every other reader reads every venture.
 */
class ReadScopeTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private static final VentureEntity OWNED_BY_NSCALE = venture(NSCALE, null);
    private static final VentureEntity BUILT_BY_NSCALE = venture(AKER, NSCALE);
    private static final VentureEntity AKERS_ALONE = venture(AKER, OPENAI);
    private static final VentureEntity EMPTY = venture(null, null);

    @ParameterizedTest
    @ValueSource(strings = {Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    void anUnscopedReaderSeesEveryVenture(String role) {
        ReadScope scope = scope(NSCALE.toString(), role);

        assertThat(scope.partner()).isEmpty();
        assertThat(Set.of(OWNED_BY_NSCALE, BUILT_BY_NSCALE, AKERS_ALONE, EMPTY)).allMatch(scope.visibility());
    }

    @Test
    void aPartnerUserSeesTheVenturesItsPartnerHoldsAStakeIn() {
        assertThat(scope(NSCALE.toString(), Roles.PARTNER).visibility()).accepts(OWNED_BY_NSCALE);
    }

    @Test
    void aPartnerUserSeesTheVenturesInWhichItsPartnerHasARoleWithoutAStake() {
        assertThat(scope(NSCALE.toString(), Roles.PARTNER).visibility()).accepts(BUILT_BY_NSCALE);
    }

    @Test
    void aPartnerUserSeesNoOtherVenture() {
        Predicate<VentureEntity> visible = scope(NSCALE.toString(), Roles.PARTNER).visibility();

        assertThat(visible).rejects(AKERS_ALONE, EMPTY);
    }

    @Test
    void aPartnerUsersScopeIsItsPartner() {
        assertThat(scope(NSCALE.toString(), Roles.PARTNER).partner()).contains(NSCALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "1-2-3-4-5x"})
    void aPartnerUserWhoseTokenNamesNoUsablePartnerSeesNothing(String claim) {
        ReadScope scope = scope(claim, Roles.PARTNER);

        assertThat(scope.partner()).contains(new UUID(0, 0));
        assertThat(scope.visibility()).rejects(OWNED_BY_NSCALE, BUILT_BY_NSCALE, AKERS_ALONE, EMPTY);
    }

    @Test
    void aPartnerUserWithoutAClaimSeesNothing() {
        assertThat(scope(null, Roles.PARTNER).visibility()).rejects(OWNED_BY_NSCALE, BUILT_BY_NSCALE, AKERS_ALONE);
    }

    @Test
    void aPartnerUserWhoIsAlsoAViewerIsNotScoped() {
        assertThat(scope(NSCALE.toString(), Roles.PARTNER, Roles.VIEWER).visibility()).accepts(AKERS_ALONE);
    }

    @Test
    void aPartnerWhoSoldItsWholeStakeAndHasNoRoleNoLongerSeesTheVenture() {
        VentureEntity sold = venture(AKER, null);

        assertThat(scope(NSCALE.toString(), Roles.PARTNER).visibility()).rejects(sold);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    void anUnscopedReaderSeesEveryAgreement(String role) {
        Predicate<Collection<UUID>> visible = scope(NSCALE.toString(), role).agreementVisibility();

        assertThat(visible).accepts(List.of(AKER, OPENAI), List.of());
    }

    @Test
    void aPartnerUserSeesTheAgreementsItsPartnerIsAPartyTo() {
        Predicate<Collection<UUID>> visible = scope(NSCALE.toString(), Roles.PARTNER).agreementVisibility();

        assertThat(visible).accepts(List.of(OPENAI, NSCALE), Set.of(NSCALE));
        assertThat(visible).rejects(List.of(AKER, OPENAI), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid"})
    void aPartnerUserWhoseTokenNamesNoUsablePartnerSeesNoAgreement(String claim) {
        Predicate<Collection<UUID>> visible = scope(claim, Roles.PARTNER).agreementVisibility();

        assertThat(visible).rejects(List.of(NSCALE, AKER, OPENAI), List.of());
    }

    private static ReadScope scope(String partnerId, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("user");
        if (partnerId != null) {
            claims.setClaim(Roles.PARTNER_ID_CLAIM, partnerId);
        }
        // the principal the OIDC extension builds from a validated token
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal("token", claims))
                .addRoles(Set.of(roles)).build();
        return new ReadScope(new Callers(identity));
    }

    private static VentureEntity venture(UUID owner, UUID participant) {
        VentureEntity venture = new VentureEntity();
        venture.id = UUID.randomUUID();
        if (owner != null) {
            venture.currentStakes.add(new StakeEmbeddable(owner, new BigDecimal("100.0000")));
        }
        if (participant != null) {
            venture.participants.add(new ParticipantEmbeddable(participant, ParticipantRole.BUILDER));
        }
        return venture;
    }
}

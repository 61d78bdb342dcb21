package io.jvplatform.support.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner-scoping rule the gateway and the services share. */
class RolesTests {

    @ParameterizedTest
    @ValueSource(strings = {Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    void anUnscopedReadingRoleReadsEveryVentureEvenNextToPartner(String role) {
        assertThat(Roles.readEveryVenture(Set.of(role))).isTrue();
        assertThat(Roles.readEveryVenture(Set.of(Roles.PARTNER, role))).isTrue();
    }

    @Test
    void aPartnerUserAndACallerWithoutOurRolesDoNot() {
        assertThat(Roles.readEveryVenture(Set.of(Roles.PARTNER))).isFalse();
        assertThat(Roles.readEveryVenture(Set.of("offline_access", "uma_authorization"))).isFalse();
        assertThat(Roles.readEveryVenture(Set.of())).isFalse();
    }
}

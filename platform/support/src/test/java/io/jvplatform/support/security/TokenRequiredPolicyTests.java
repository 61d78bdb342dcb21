package io.jvplatform.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy.CheckResult;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A subgraph answers nothing without a valid token, and refuses in the way a bad token is refused. */
class TokenRequiredPolicyTests {

    private final TokenRequiredPolicy policy = new TokenRequiredPolicy();

    @Test
    void aCallerWithATokenPasses() {
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(() -> "viewer").addRole(Roles.VIEWER).build();

        CheckResult result = policy.checkPermission(null, Uni.createFrom().item(identity), null).await().indefinitely();

        assertThat(result.isPermitted()).isTrue();
    }

    @Test
    void aCallerWithoutATokenFailsAuthenticationSoTheGraphqlRefusalAnswersIt() {
        var anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

        assertThatThrownBy(() -> policy.checkPermission(null, Uni.createFrom().item(anonymous), null).await().indefinitely())
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void itAppliesOnlyWhereItIsNamed() {
        assertThat(policy.name()).isEqualTo(TokenRequiredPolicy.NAME).isEqualTo("jv-token-required");
    }
}

package io.jvplatform.support.security;

import io.jvplatform.support.error.ForbiddenException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quarkus Security's refusals reach the client with our codes; everything else passes untouched. */
class SecurityRefusalTranslatorTests {

    private final SecurityRefusalTranslator translator = new SecurityRefusalTranslator();

    @Test
    void noTokenIsUnauthenticated() {
        assertThatThrownBy(() -> translator.translate(invocation(() -> {
            throw new UnauthorizedException();
        }))).isInstanceOf(UnauthenticatedException.class).hasMessage(UnauthenticatedException.MESSAGE);
    }

    @Test
    void aRoleShortIsForbidden() {
        assertThatThrownBy(() -> translator.translate(invocation(() -> {
            throw new io.quarkus.security.ForbiddenException("admin only");
        }))).isInstanceOf(ForbiddenException.class).hasMessage(ForbiddenException.MESSAGE);
    }

    @Test
    void anAnswerPassesThrough() throws Exception {
        assertThat(translator.translate(invocation(() -> "Stargate Norway"))).isEqualTo("Stargate Norway");
    }

    @Test
    void otherFailuresPassThroughAsTheyWere() {
        IllegalStateException bug = new IllegalStateException("bug");

        assertThatThrownBy(() -> translator.translate(invocation(() -> {
            throw bug;
        }))).isSameAs(bug);
    }

    private static InvocationContext invocation(Callable<Object> body) {
        return new InvocationContext() {
            public Object getTarget() { return null; }
            public Object getTimer() { return null; }
            public Method getMethod() { return null; }
            public Constructor<?> getConstructor() { return null; }
            public Object[] getParameters() { return new Object[0]; }
            public void setParameters(Object[] params) { }
            public Map<String, Object> getContextData() { return Map.of(); }
            public Object proceed() throws Exception { return body.call(); }
        };
    }
}

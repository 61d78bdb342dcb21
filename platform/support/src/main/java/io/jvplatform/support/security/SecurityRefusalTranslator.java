package io.jvplatform.support.security;

import io.jvplatform.support.error.ForbiddenException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Turns Quarkus Security's refusals into our client errors with their stable codes. SmallRye
 * GraphQL takes {@code extensions.code} only from an {@code @ErrorCode} on the thrown class, and
 * Quarkus's exceptions have none. Its priority puts it outside the {@code @RolesAllowed} check
 * (Quarkus runs that at {@code PLATFORM_BEFORE + 150}), so it sees the refusal as it is thrown.
 */
@SecurityRefusals
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SecurityRefusalTranslator {

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (UnauthorizedException e) {
            throw new UnauthenticatedException();
        } catch (io.quarkus.security.ForbiddenException e) {
            throw new ForbiddenException();
        }
    }
}

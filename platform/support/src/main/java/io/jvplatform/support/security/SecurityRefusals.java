package io.jvplatform.support.security;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a {@code @GraphQLApi} class next to its {@code @RolesAllowed}: a refusal by Quarkus
 * Security then reaches the client as {@code UNAUTHENTICATED} or {@code FORBIDDEN}
 * (see {@link SecurityRefusalTranslator}) instead of a masked "System error".
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SecurityRefusals {
}

package io.jvplatform.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.jvplatform.gateway.error.ErrorCode;
import io.jvplatform.gateway.error.GatewayError;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A token that fails validation (bad signature, expired, another issuer or audience, alg none)
 * is refused before the request reaches GraphQL: authentication is proactive. Quarkus would
 * answer 401 with an empty body; a GraphQL client reads {@code errors}, so the 401 carries a
 * GraphQL body with {@code extensions.code = UNAUTHENTICATED} (and no detail of why: that is
 * in the gateway's log, never in the answer). A request without any token is not refused here;
 * it reaches GraphQL as anonymous and each field that needs a role answers UNAUTHENTICATED.
 */
@ApplicationScoped
public class AuthenticationFailureResponse {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (!(failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException)
                || context.response().ended()) {
            context.next();
            return;
        }
        GatewayError error = GatewayError.unauthenticated();
        JsonObject body = new JsonObject()
                .put("errors", new JsonArray().add(new JsonObject()
                        .put("message", error.getMessage())
                        .put("extensions", new JsonObject().put("code", ErrorCode.UNAUTHENTICATED))))
                .putNull("data");
        context.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body.encode());
    }
}

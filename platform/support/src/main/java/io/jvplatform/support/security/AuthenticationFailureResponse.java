package io.jvplatform.support.security;

import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.error.UnauthenticatedException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A token that fails validation (bad signature, expired, another issuer or audience, alg none)
 * is refused before the request reaches GraphQL: authentication is proactive. Quarkus would
 * answer 401 with an empty body; a GraphQL client reads {@code errors}, so the 401 carries a
 * GraphQL body with {@code extensions.code = UNAUTHENTICATED} and no detail of why (that is in
 * the log, never in the answer). A request without a token is not refused here: it reaches
 * GraphQL as anonymous and each field that needs a role answers UNAUTHENTICATED.
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
        JsonObject body = new JsonObject()
                .put("errors", new JsonArray().add(new JsonObject()
                        .put("message", UnauthenticatedException.MESSAGE)
                        .put("extensions", new JsonObject().put("code", ErrorCodes.UNAUTHENTICATED))))
                .putNull("data");
        context.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body.encode());
    }
}

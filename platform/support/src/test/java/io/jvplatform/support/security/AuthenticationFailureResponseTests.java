package io.jvplatform.support.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A token that fails validation is answered as GraphQL: HTTP 401, a Bearer challenge, code UNAUTHENTICATED and no reason. */
class AuthenticationFailureResponseTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new AuthenticationFailureResponse().install(router);
        router.route("/expired").handler(context -> context.fail(new AuthenticationFailedException("token expired at 12:00")));
        router.route("/incomplete").handler(context -> context.fail(new AuthenticationCompletionException("no roles")));
        router.route("/bug").handler(context -> context.fail(new IllegalStateException("bug")));
        router.route("/ok").handler(context -> context.response().end("{\"data\":{}}"));
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFailedTokenIsA401WithAGraphqlBody() throws Exception {
        HttpResponse<String> response = get("/expired");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(body.at("/errors/0/message").asText()).isEqualTo("Authentication required");
        assertThat(body.get("data").isNull()).isTrue();
    }

    @Test
    void theReasonStaysInTheLogNeverInTheAnswer() throws Exception {
        assertThat(get("/expired").body()).doesNotContain("expired", "12:00");
        assertThat(get("/incomplete").body()).doesNotContain("roles").contains("UNAUTHENTICATED");
    }

    @Test
    void anyOtherFailureIsLeftToTheNextHandler() throws Exception {
        assertThat(get("/bug").statusCode()).isEqualTo(500);
        assertThat(get("/bug").body()).doesNotContain("UNAUTHENTICATED");
    }

    @Test
    void aRequestThatDidNotFailIsUntouched() throws Exception {
        HttpResponse<String> response = get("/ok");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":{}}");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

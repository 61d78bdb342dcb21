package io.jvplatform.support.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;

/**
 * {@code POST /graphql} with a JSON body, as the gateway and federation routers send it: SmallRye
 * GraphQL executes the document exactly as behind Quarkus' own route (request scope, the caller's
 * identity, the current request), and a complete answer is written with Jackson straight from
 * graphql-java's result. Quarkus' route writes every answer through SmallRye's
 * {@code ExecutionResponse}, which first copies the whole result into a JSON-P tree value by value:
 * 13 % of ventures-service's CPU on the 50-venture dashboard (ventures-service/README.md).
 * <p>
 * An answer with errors or extensions is still written by SmallRye, so every error keeps exactly
 * the shape SmallRye and our error providers give it; so is every other request (GET, other content
 * types, an {@code Accept} this route does not produce), which this route does not match. On when
 * {@value #CONFIG_KEY} is true (jv-subgraph.properties).
 */
@ApplicationScoped
public class SubgraphEndpoint {

    static final String CONFIG_KEY = "jv.graphql.jackson-answers";
    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";
    /** What Quarkus' route answers when the client accepts anything. */
    static final String DEFAULT_CONTENT_TYPE = GRAPHQL_RESPONSE_JSON + "; charset=UTF-8";

    private final boolean enabled;
    private final String path;
    private final long maxBodyBytes;

    SubgraphEndpoint(@ConfigProperty(name = CONFIG_KEY, defaultValue = "false") boolean enabled,
                     @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.enabled = enabled;
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    String path() {
        return path;
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    void install(@Observes Router router, CurrentIdentityAssociation identities, CurrentVertxRequest requests) {
        if (!enabled) {
            return;
        }
        // after Quarkus' authentication and authorization filters (routes of order -200 and -100), before
        // Quarkus' own /graphql route, which has no order of its own
        router.post(path).order(-1)
                .consumes(JSON)
                .produces(GRAPHQL_RESPONSE_JSON).produces(JSON)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .blockingHandler(new Execution(identities, requests), false);
    }

    /** Quarkus' handler base does the request scope, identity and current-request work around {@link #doHandle}. */
    static final class Execution extends SmallRyeGraphQLAbstractHandler {

        Execution(CurrentIdentityAssociation identities, CurrentVertxRequest requests) {
            super(identities, requests, true);
        }

        @Override
        protected void doHandle(RoutingContext context) {
            HttpServerResponse response = context.response();
            JsonObject input;
            try {
                input = inputToJsonObject(context.body().asString());
            } catch (RuntimeException e) {
                response.setStatusCode(400).end("Unparseable request");
                return;
            }
            if (input == null || !input.containsKey("query")) {
                response.setStatusCode(400).end("Missing operation body");
                return;
            }
            response.putHeader(HttpHeaders.CONTENT_TYPE, contentType(context));
            getExecutionService().executeAsync(input, getMetaData(context), new Answer(response));
        }

        /** The client's {@code Accept} as Quarkus answers it: the type it named, or ours with a charset for {@code *}/{@code *} or none. */
        static String contentType(RoutingContext context) {
            String accept = context.request().getHeader(HttpHeaders.ACCEPT);
            String chosen = context.getAcceptableContentType();
            return accept == null || chosen == null || !accept.contains(chosen) ? DEFAULT_CONTENT_TYPE : chosen;
        }
    }

    /** Writes one answer: Jackson for complete data, SmallRye for anything with errors or extensions. */
    record Answer(HttpServerResponse response) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse answer) {
            ExecutionResult result = answer.getExecutionResult();
            if (aborted(result)) {
                // as Quarkus' route does: data with an aborted execution is answered 500 without a body
                response.setStatusCode(500).end();
                return;
            }
            response.setStatusCode(200).end(Buffer.buffer(body(answer)));
        }

        static boolean aborted(ExecutionResult result) {
            return result.isDataPresent() && result.getErrors().stream()
                    .anyMatch(error -> ErrorType.ExecutionAborted.equals(error.getErrorType()));
        }

        static byte[] body(ExecutionResponse answer) {
            ExecutionResult result = answer.getExecutionResult();
            if (!result.getErrors().isEmpty() || result.getData() == null
                    || (result.getExtensions() != null && !result.getExtensions().isEmpty())) {
                return answer.getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
            }
            return AnswerJson.plain(result.getData())
                    .orElseGet(() -> answer.getExecutionResultAsString().getBytes(StandardCharsets.UTF_8));
        }
    }
}

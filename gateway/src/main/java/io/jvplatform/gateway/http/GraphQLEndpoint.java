package io.jvplatform.gateway.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.jvplatform.gateway.client.DownstreamCalls;
import io.jvplatform.gateway.config.GatewayConfig;
import io.jvplatform.gateway.execution.GatewayEngine;
import io.jvplatform.gateway.execution.PublicSchema;
import io.jvplatform.gateway.security.RequestCaller;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.error.ErrorDetail;
import io.jvplatform.support.error.ErrorKind;
import io.jvplatform.support.error.LimitExceededException;
import io.jvplatform.support.error.OverloadedException;
import io.jvplatform.support.error.ValidationException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code POST /graphql}, GraphQL over HTTP as browsers and tools speak it, and nothing looser:
 * <ul>
 * <li>only {@code Content-Type: application/json} is executed: a form or {@code text/plain} post is
 * what another site can make a browser send with the user's cookies, so it is refused (415)
 * whatever its body;</li>
 * <li>one operation per request (a JSON array is refused), body and document sizes bounded
 * ({@code jv.gateway.limits.*}), each refusal a GraphQL error with {@code extensions.code};</li>
 * <li>answers carry {@code X-Content-Type-Options: nosniff} and {@code Cache-Control: no-store}
 * (they hold one user's data);</li>
 * <li>execution passes through {@link Admission}; a request shed there gets 503, Retry-After and
 * {@code OVERLOADED}.</li>
 * </ul>
 * {@code GET /graphql/schema.graphql} serves the public schema as written.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {
    };

    private final GatewayEngine engine;
    private final PublicSchema schema;
    private final Admission admission;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final GatewayConfig.Limits limits;

    public GraphQLEndpoint(GatewayEngine engine, PublicSchema schema, Admission admission, ObjectMapper mapper,
            MeterRegistry registry, GatewayConfig config) {
        this.engine = engine;
        this.schema = schema;
        this.admission = admission;
        this.mapper = mapper;
        this.registry = registry;
        this.limits = config.limits();
    }

    void install(@Observes Router router) {
        router.get("/graphql/schema.graphql").handler(context -> context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(schema.text()));
        router.post("/graphql")
                .handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()))
                .handler(this::post)
                .failureHandler(this::failed);
        router.route("/graphql").handler(context -> refuse(context, 405,
                "send GraphQL requests as POST with Content-Type application/json", null));
    }

    private void post(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !JSON.equals(mediaType(contentType))) {
            refuse(context, 415, "Content-Type must be application/json", null);
            return;
        }
        Request request;
        try {
            request = read(context.body().buffer());
        } catch (ApiException error) {
            respond(context, 400, body(List.of(), error.details(), false, null));
            return;
        }
        admission.submit(new Admission.Work() {
            @Override
            public CompletableFuture<?> run() {
                return execute(context, request);
            }

            @Override
            public void shed() {
                context.response().putHeader("Retry-After", "1");
                respond(context, 503, body(List.of(), new OverloadedException().details(), false, null));
            }
        });
    }

    private CompletableFuture<?> execute(RoutingContext context, Request request) {
        long start = System.nanoTime();
        return engine.execute(request.query(), request.operationName(), request.variables(), RequestCaller.of(context),
                        context.request().getHeader(DownstreamCalls.IDEMPOTENCY_KEY))
                .whenComplete((result, failure) -> {
                    if (failure != null) {
                        Log.error("the gateway failed on a request", failure);
                        respond(context, 500, body(List.of(), List.of(new ErrorDetail("the gateway could not answer",
                                ErrorCodes.INTERNAL, null, null)), false, null));
                        return;
                    }
                    respond(context, 200, body(result.getErrors(), List.of(), result.isDataPresent(), result));
                    Timer.builder("mp.graphql").description("GraphQL operations executed by the gateway")
                            .tag("type", request.query().stripLeading().startsWith("mutation") ? "MUTATION" : "QUERY")
                            .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                });
    }

    /** The envelope: one JSON object with a string {@code query}, optional {@code operationName} and {@code variables}. */
    private Request read(Buffer buffer) {
        JsonNode body;
        try {
            body = buffer == null ? null : mapper.readTree(buffer.getBytes());
        } catch (IOException e) {
            throw new ValidationException(null, "the request body is not JSON");
        }
        if (body != null && body.isArray()) {
            throw new ValidationException(null, "one operation per request: batches (a JSON array) are not accepted");
        }
        if (body == null || !body.isObject() || !body.path("query").isTextual()) {
            throw new ValidationException("query", "the request body must be a JSON object with a string query");
        }
        String query = body.get("query").asText();
        if (query.length() > limits.maxDocumentCharacters()) {
            throw new LimitExceededException("documentSize", null, "the document has " + query.length() + " characters, at most "
                    + limits.maxDocumentCharacters() + " are accepted");
        }
        JsonNode operationName = body.get("operationName");
        if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
            throw new ValidationException("operationName", "operationName must be a string");
        }
        JsonNode variables = body.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            throw new ValidationException("variables", "variables must be a JSON object");
        }
        try {
            return new Request(query, operationName == null || operationName.isNull() ? null : operationName.asText(),
                    variables == null || variables.isNull() ? Map.of() : mapper.convertValue(variables, VARIABLES));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("variables", "variables must be a JSON object");
        }
    }

    /** BodyHandler fails the route with 413 when the body passes its limit. */
    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            refuse(context, 413, "the request body is larger than " + limits.maxBodyBytes() + " bytes", "bodySize");
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context, int status, String message, String limit) {
        respond(context, status, body(List.of(), new LimitExceededException(limit, null, message).details(), false, null));
    }

    private ObjectNode body(List<GraphQLError> graphQLErrors, List<ErrorDetail> details, boolean withData,
            ExecutionResult result) {
        ObjectNode body = mapper.createObjectNode();
        if (!graphQLErrors.isEmpty() || !details.isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            graphQLErrors.forEach(error -> errors.add(error(error)));
            details.forEach(detail -> errors.addObject().put("message", detail.message())
                    .set("extensions", mapper.valueToTree(detail.extensions())));
        }
        if (withData) {
            Object data = result.getData();
            body.set("data", data instanceof JsonNode node ? node : mapper.valueToTree(data));
        }
        return body;
    }

    private ObjectNode error(GraphQLError error) {
        ObjectNode node = mapper.createObjectNode().put("message", error.getMessage());
        List<SourceLocation> locations = error.getLocations();
        if (locations != null && !locations.isEmpty()) {
            ArrayNode array = node.putArray("locations");
            locations.forEach(location -> array.addObject().put("line", location.getLine())
                    .put("column", location.getColumn()));
        }
        if (error.getPath() != null && !error.getPath().isEmpty()) {
            node.set("path", mapper.valueToTree(error.getPath()));
        }
        node.set("extensions", mapper.valueToTree(ErrorKind.extensions(error)));
        return node;
    }

    private void respond(RoutingContext context, int status, ObjectNode body) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be written", e);
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean graphQLMedia = accept != null && accept.contains(GRAPHQL_RESPONSE_JSON);
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, (graphQLMedia ? GRAPHQL_RESPONSE_JSON : JSON) + "; charset=utf-8")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Buffer.buffer(bytes));
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase();
    }

    private record Request(String query, String operationName, Map<String, Object> variables) {
    }
}

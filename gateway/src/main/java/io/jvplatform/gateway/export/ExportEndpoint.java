package io.jvplatform.gateway.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.jvplatform.gateway.execution.GatewayEngine;
import io.jvplatform.gateway.http.Admission;
import io.jvplatform.gateway.security.RequestCaller;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.error.ErrorDetail;
import io.jvplatform.support.error.ErrorKind;
import io.jvplatform.support.error.OverloadedException;
import io.jvplatform.support.error.ValidationException;
import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Downloads of a venture's cap table and ledger, next to {@code /graphql} and behind the same
 * rules (bearer token, roles, partner scoping), since each runs {@link VentureExport#QUERY} through
 * the gateway's engine with the caller's token:
 * <ul>
 * <li>{@code GET /export/ventures/{id}/ocf.json?asOf=YYYY-MM-DD}: Open Cap Table Format-style JSON
 * ({@link OcfDocument});</li>
 * <li>{@code GET /export/ventures/{id}/cap-table.csv?asOf=} and {@code /ledger.csv}: the same as CSV
 * ({@link CapTableCsv}).</li>
 * </ul>
 * {@code asOf} defaults to today (UTC). A refusal is the GraphQL error body with its
 * {@code extensions.code} and an HTTP status that says the same: VALIDATION 400, UNAUTHENTICATED 401,
 * FORBIDDEN 403, NOT_FOUND 404 (also for a venture outside a partner user's scope), OVERLOADED 503,
 * UPSTREAM_UNAVAILABLE 502. Nothing partial: a document without its partners' names is not exported.
 */
@ApplicationScoped
public class ExportEndpoint {

    private static final String PREFIX = "/export/ventures/:id/";
    private static final Map<String, Integer> STATUS = Map.of(ErrorCodes.VALIDATION, 400, ErrorCodes.UNAUTHENTICATED, 401,
            ErrorCodes.FORBIDDEN, 403, ErrorCodes.NOT_FOUND, 404, ErrorCodes.OVERLOADED, 503,
            ErrorCodes.UPSTREAM_UNAVAILABLE, 502);

    private final GatewayEngine engine;
    private final Admission admission;
    private final ObjectMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public ExportEndpoint(GatewayEngine engine, Admission admission, ObjectMapper mapper) {
        this.engine = engine;
        this.admission = admission;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.get(PREFIX + "ocf.json").handler(context -> export(context, "application/json", "ocf.json",
                venture -> write(OcfDocument.of(venture, Instant.now(clock)))));
        router.get(PREFIX + "cap-table.csv").handler(context -> export(context, "text/csv", "cap-table.csv",
                venture -> CapTableCsv.capTable(venture).getBytes(StandardCharsets.UTF_8)));
        router.get(PREFIX + "ledger.csv").handler(context -> export(context, "text/csv", "ledger.csv",
                venture -> CapTableCsv.ledger(venture).getBytes(StandardCharsets.UTF_8)));
    }

    private void export(RoutingContext context, String mediaType, String file, Function<JsonNode, byte[]> document) {
        String id = context.pathParam("id");
        LocalDate asOf;
        try {
            String text = context.request().getParam("asOf");
            asOf = text == null || text.isEmpty() ? LocalDate.now(clock) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            refuse(context, new ValidationException("asOf", "asOf must be a date (YYYY-MM-DD)").details());
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", id);
        variables.put("asOf", asOf.toString());
        admission.submit(new Admission.Work() {
            @Override
            public CompletableFuture<?> run() {
                return engine.execute(VentureExport.QUERY, "Export", variables, RequestCaller.of(context), null)
                        .whenComplete((result, failure) -> {
                            if (failure != null) {
                                Log.error("the gateway failed on an export", failure);
                                refuse(context, List.of(new ErrorDetail("the gateway could not answer", ErrorCodes.INTERNAL, null, null)));
                            } else {
                                answer(context, result, mediaType, file, document);
                            }
                        });
            }

            @Override
            public void shed() {
                context.response().putHeader("Retry-After", "1");
                refuse(context, new OverloadedException().details());
            }
        });
    }

    private void answer(RoutingContext context, ExecutionResult result, String mediaType, String file,
            Function<JsonNode, byte[]> document) {
        if (!result.getErrors().isEmpty()) {
            refuse(context, result.getErrors());
            return;
        }
        JsonNode data = result.getData() instanceof JsonNode node ? node : mapper.valueToTree(result.getData());
        JsonNode venture = data.path("venture");
        String name = venture.path("name").asText("venture").replaceAll("[^A-Za-z0-9]+", "-");
        context.response().setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + file + "\"")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Buffer.buffer(document.apply(venture)));
    }

    private void refuse(RoutingContext context, List<?> errors) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode array = body.putArray("errors");
        String code = null;
        for (Object error : errors) {
            ObjectNode node = array.addObject();
            Map<String, Object> extensions;
            if (error instanceof GraphQLError graphQLError) {
                node.put("message", graphQLError.getMessage());
                if (graphQLError.getPath() != null && !graphQLError.getPath().isEmpty()) {
                    node.set("path", mapper.valueToTree(graphQLError.getPath()));
                }
                extensions = ErrorKind.extensions(graphQLError);
            } else {
                ErrorDetail detail = (ErrorDetail) error;
                node.put("message", detail.message());
                extensions = detail.extensions();
            }
            node.set("extensions", mapper.valueToTree(extensions));
            if (code == null && extensions != null && extensions.get("code") != null) {
                code = extensions.get("code").toString();
            }
        }
        context.response().setStatusCode(STATUS.getOrDefault(code, 500))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Buffer.buffer(write(body)));
    }

    private byte[] write(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export that cannot be written", e);
        }
    }
}

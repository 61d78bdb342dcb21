package io.jvplatform.gateway.execution;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.jvplatform.gateway.access.Paging;
import io.jvplatform.gateway.config.GatewayConfig;
import io.jvplatform.gateway.error.ErrorDetail;
import io.jvplatform.gateway.error.GatewayError;
import io.jvplatform.support.error.ErrorCodes;

/**
 * The limits SmallRye GraphQL has no setting for, checked on the parsed and validated
 * document before any field runs (so before any downstream call): operations per document,
 * aliases per document, and the page size ({@code first}) of every connection, variables
 * included. Depth and complexity are SmallRye's settings and are checked right after these.
 * A refusal is a {@code VALIDATION} error whose {@code extensions.limit} names the limit.
 */
final class QueryLimits {

    private final GatewayConfig.Limits limits;
    private final Paging paging;

    QueryLimits(GatewayConfig.Limits limits, Paging paging) {
        this.limits = limits;
        this.paging = paging;
    }

    void check(ExecutionContext execution) {
        long operations = execution.getDocument().getDefinitions().stream()
                .filter(OperationDefinition.class::isInstance).count();
        if (operations > limits.maxOperations()) {
            throw refused("operations", null, "the document has " + operations + " operations, at most "
                    + limits.maxOperations() + " are accepted", null);
        }
        int aliases = countAliases(execution.getDocument().getDefinitions());
        if (aliases > limits.maxAliases()) {
            throw refused("aliases", null, "the document has " + aliases + " aliases, at most "
                    + limits.maxAliases() + " are accepted", null);
        }
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        checkPaging(field);
                    }
                });
    }

    private void checkPaging(QueryVisitorFieldEnvironment field) {
        if (field.getFieldDefinition().getArgument("first") == null) {
            return;
        }
        Map<String, Object> arguments = field.getArguments();
        try {
            Object first = arguments.get("first");
            paging.request(first == null ? null : asInt((Number) first), (String) arguments.get("after"));
        } catch (GatewayError error) {
            ErrorDetail detail = error.details().get(0);
            throw refused("first".equals(detail.field()) ? "pageSize" : null, detail.field(), detail.message(),
                    field.getField().getSourceLocation());
        }
    }

    /** An {@code Int} argument arrives as a number of SmallRye's choosing; beyond int range it is too big anyway. */
    private static int asInt(Number number) {
        long value = number.longValue();
        return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(value, Integer.MIN_VALUE);
    }

    private static int countAliases(List<? extends Node> definitions) {
        AtomicInteger aliases = new AtomicInteger();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field node, TraverserContext<Node> context) {
                if (node.getAlias() != null) {
                    aliases.incrementAndGet();
                }
                return TraversalControl.CONTINUE;
            }
        }, definitions);
        return aliases.get();
    }

    private static AbortExecutionException refused(String limit, String field, String message, SourceLocation location) {
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError().message(message)
                .extensions(new ErrorDetail(message, ErrorCodes.VALIDATION, field,
                        limit == null ? null : Map.of("limit", limit)).extensions());
        if (location != null) {
            error.location(location);
        }
        return new AbortExecutionException(List.<GraphQLError>of(error.build()));
    }
}

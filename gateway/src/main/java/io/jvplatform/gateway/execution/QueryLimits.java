package io.jvplatform.gateway.execution;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.jvplatform.gateway.config.GatewayConfig;
import io.jvplatform.gateway.resolve.Paging;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.LimitExceededException;
import io.jvplatform.support.error.ValidationException;

/**
 * The limits of one document, checked after it is parsed and validated and before anything
 * runs (so before any downstream call). Depth and complexity are measured on the operation
 * with its fragments expanded, as it would execute: a small document whose fragments spread
 * each other cannot hide a fan-out of thousands of fields, and its expansion stops as soon as
 * it passes the limit. A refusal is a {@code VALIDATION} error whose {@code extensions.limit}
 * names the limit.
 */
final class QueryLimits {

    private final GatewayConfig.Limits limits;
    private final Paging paging;

    QueryLimits(GatewayConfig.Limits limits, Paging paging) {
        this.limits = limits;
        this.paging = paging;
    }

    /** The operation to run, fragments expanded and arguments resolved; refused if over a limit. */
    ExecutableNormalizedOperation normalize(ExecutionContext execution) {
        Document document = execution.getDocument();
        long operations = document.getDefinitions().stream().filter(OperationDefinition.class::isInstance).count();
        if (operations > limits.maxOperations()) {
            throw refused("operations", null, "the document has " + operations + " operations, at most "
                    + limits.maxOperations() + " are accepted");
        }
        int aliases = countAliases(document);
        if (aliases > limits.maxAliases()) {
            throw refused("aliases", null, "the document has " + aliases + " aliases, at most "
                    + limits.maxAliases() + " are accepted");
        }
        ExecutableNormalizedOperation operation;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                    execution.getGraphQLSchema(), execution.getOperationDefinition(), execution.getFragmentsByName(),
                    execution.getCoercedVariables(), ExecutableNormalizedOperationFactory.Options.defaultOptions()
                            .maxFieldsCount(limits.maxComplexity())
                            .graphQLContext(execution.getGraphQLContext())
                            .locale(execution.getLocale()));
        } catch (AbortExecutionException tooMany) {
            throw complexity();
        }
        if (operation.getOperationFieldCount() > limits.maxComplexity()) {
            throw complexity();
        }
        if (operation.getOperationDepth() > limits.maxDepth()) {
            throw refused("depth", null, "the query is " + operation.getOperationDepth() + " levels deep, at most "
                    + limits.maxDepth() + " are accepted");
        }
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            checkPaging(root);
        }
        return operation;
    }

    /** {@code first} and {@code after} of a connection (only root fields have them). */
    private void checkPaging(ExecutableNormalizedField field) {
        Map<String, Object> arguments = field.getResolvedArguments();
        if (!arguments.containsKey("first")) {
            return;
        }
        try {
            paging.request((Integer) arguments.get("first"), (String) arguments.get("after"));
        } catch (ValidationException error) {
            throw refused("first".equals(error.field()) ? "pageSize" : null, error.field(), error.getMessage());
        }
    }

    private LimitExceededException complexity() {
        return refused("complexity", null, "the query selects more than " + limits.maxComplexity()
                + " fields (fragments expanded)");
    }

    /**
     * Each aliased field of the document once, wherever it stands (an operation or a fragment).
     * Pre-order: a depth-first traversal visits every node on entering and on leaving, which
     * once counted each alias twice.
     */
    static int countAliases(Document document) {
        AtomicInteger aliases = new AtomicInteger();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field node, TraverserContext<Node> context) {
                if (node.getAlias() != null) {
                    aliases.incrementAndGet();
                }
                return TraversalControl.CONTINUE;
            }
        }, List.of(document));
        return aliases.get();
    }

    static LimitExceededException refused(String limit, String field, String message) {
        return new LimitExceededException(limit, field, message);
    }
}

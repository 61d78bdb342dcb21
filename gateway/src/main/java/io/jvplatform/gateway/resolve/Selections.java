package io.jvplatform.gateway.resolve;

import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Writes the client's selection of one object as the selection sent to the service that owns
 * it: the same fields under the same aliases (so the answer already has the client's shape
 * and is forwarded as it came), with what the other service answers cut at the boundary
 * ({@link Boundaries}): a partner reference becomes {@code partner { id }}, a Partner field that
 * ventures-service answers ({@code ventures}, {@code agreements}) is left out. {@value #HIDDEN_ID} is
 * the id the gateway itself needs (to join or to scope), {@value #HIDDEN_PARTIES} an agreement's
 * parties (to scope it), under keys no client can ask for; they are removed before the answer leaves.
 */
final class Selections {

    static final String HIDDEN_ID = "_jvId";
    static final String HIDDEN_PARTIES = "_jvParties";

    private final GraphQLSchema schema;
    private final Boundaries boundaries;
    private final Document document;

    Selections(GraphQLSchema schema, Boundaries boundaries, Document document) {
        this.schema = schema;
        this.boundaries = boundaries;
        this.document = document;
    }

    /** The selection of {@code field}'s object, with {@value #HIDDEN_ID} when the gateway needs the id. */
    String of(ExecutableNormalizedField field, boolean withId) {
        StringBuilder out = new StringBuilder();
        write(field, out, withId);
        return out.toString();
    }

    /** As {@link #of}, with the id for {@link Boundaries.Scope#VENTURES} or the parties for {@link Boundaries.Scope#PARTIES}. */
    String scoped(ExecutableNormalizedField field, Boundaries.Scope scope) {
        String selection = of(field, scope == Boundaries.Scope.VENTURES);
        return scope == Boundaries.Scope.PARTIES
                ? "{ " + HIDDEN_PARTIES + ": parties { partner { id } } " + selection.substring(1)
                : selection;
    }

    private boolean needsId(ExecutableNormalizedField field) {
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (boundaries.partnerFieldOfVentures(child) != null || boundaries.isRefused(child)) {
                // the id also keeps the selection from being empty when the refused field was all of it
                return true;
            }
        }
        return false;
    }

    private void write(ExecutableNormalizedField field, StringBuilder out, boolean withId) {
        out.append("{ ");
        if (withId || needsId(field)) {
            out.append(HIDDEN_ID).append(": id ");
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (boundaries.partnerFieldOfVentures(child) != null || boundaries.isRefused(child)) {
                continue;
            }
            if (child.getAlias() != null) {
                out.append(child.getAlias()).append(": ");
            }
            out.append(child.getName());
            if (boundaries.isPartnerReference(child)) {
                out.append(" { id } ");
                continue;
            }
            writeArguments(child, out);
            if (child.hasChildren()) {
                out.append(' ');
                write(child, out, false);
            }
            out.append(' ');
        }
        out.append('}');
    }

    private void writeArguments(ExecutableNormalizedField field, StringBuilder out) {
        Map<String, Object> arguments = field.getResolvedArguments();
        if (arguments.isEmpty()) {
            return;
        }
        GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
        out.append('(');
        boolean first = true;
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            String type = GraphQLTypeUtil.simplePrint(definition.getArgument(argument.getKey()).getType());
            out.append(first ? "" : ", ").append(argument.getKey()).append(": ")
                    .append(document.variable(type, argument.getValue()));
            first = false;
        }
        out.append(')');
    }
}

package io.jvplatform.gateway.resolve;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.jvplatform.gateway.security.Caller;
import io.jvplatform.gateway.security.FieldAccess;

/**
 * Where the public schema crosses from one service to the other, written once for the
 * documents sent and for the answers read:
 * <ul>
 * <li>a {@code Partner} under a type of ventures-service (a stake's, commitment's or role's
 * partner, a transfer's {@code from}/{@code to}): ventures-service knows only its id, the rest
 * comes from partners-service ({@code partnersByIds});</li>
 * <li>{@code Partner.ventures}: partners-service does not know it, ventures-service answers it
 * ({@code venturesOfPartners}).</li>
 * </ul>
 * Everything else of a type comes from the service that owns the type, as the client selected it
 * — except a field this caller may not read ({@link FieldAccess}): it is sent to no service, and the
 * resolution answers it with null and FORBIDDEN.
 */
final class Boundaries {

    static final String PARTNER = "Partner";
    private static final String PARTNER_VENTURES = "ventures";
    /** Types whose Partner fields hold partners-service's own objects: the roots and its connection. */
    private static final Set<String> NOT_OF_VENTURES = Set.of("Query", "Mutation", PARTNER, "PartnerConnection",
            "PartnerEdge");

    private enum Crossing { NONE, PARTNER_REFERENCE, PARTNER_VENTURES, REFUSED }

    private final GraphQLSchema schema;
    private final Caller caller;
    /**
     * Each field of the operation classified once per request: the answer is walked object by
     * object, and looking a field's type up in the schema each time was the gateway's hottest spot.
     */
    private final Map<ExecutableNormalizedField, Crossing> crossings = new IdentityHashMap<>();

    Boundaries(GraphQLSchema schema, Caller caller) {
        this.schema = schema;
        this.caller = caller;
    }

    /** A field the caller may not read: left out of the documents, answered null with FORBIDDEN. */
    boolean isRefused(ExecutableNormalizedField field) {
        return crossing(field) == Crossing.REFUSED;
    }

    boolean isPartnerReference(ExecutableNormalizedField field) {
        return crossing(field) == Crossing.PARTNER_REFERENCE;
    }

    boolean isPartnerVentures(ExecutableNormalizedField field) {
        return crossing(field) == Crossing.PARTNER_VENTURES;
    }

    boolean crosses(ExecutableNormalizedField field) {
        return crossing(field) != Crossing.NONE;
    }

    private Crossing crossing(ExecutableNormalizedField field) {
        Crossing known = crossings.get(field);
        if (known == null) {
            known = classify(field);
            crossings.put(field, known);
        }
        return known;
    }

    private Crossing classify(ExecutableNormalizedField field) {
        String parent = field.getSingleObjectTypeName();
        if (FieldAccess.refusal(caller, parent, field.getName()) != null) {
            return Crossing.REFUSED;
        }
        if (PARTNER.equals(parent) && PARTNER_VENTURES.equals(field.getName())) {
            return Crossing.PARTNER_VENTURES;
        }
        if (NOT_OF_VENTURES.contains(parent) || !field.hasChildren()) {
            return Crossing.NONE;
        }
        String type = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType(schema))).getName();
        return PARTNER.equals(type) ? Crossing.PARTNER_REFERENCE : Crossing.NONE;
    }
}

package io.jvplatform.gateway.resolve;

import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

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
 * Everything else of a type comes from the service that owns the type, as the client selected it.
 */
final class Boundaries {

    static final String PARTNER = "Partner";
    private static final String PARTNER_VENTURES = "ventures";
    /** Types whose Partner fields hold partners-service's own objects: the roots and its connection. */
    private static final Set<String> NOT_OF_VENTURES = Set.of("Query", "Mutation", PARTNER, "PartnerConnection",
            "PartnerEdge");

    private Boundaries() {
    }

    static boolean isPartnerReference(ExecutableNormalizedField field, GraphQLSchema schema) {
        return !NOT_OF_VENTURES.contains(field.getSingleObjectTypeName()) && PARTNER.equals(typeName(field, schema));
    }

    static boolean isPartnerVentures(ExecutableNormalizedField field) {
        return PARTNER.equals(field.getSingleObjectTypeName()) && PARTNER_VENTURES.equals(field.getName());
    }

    static boolean crosses(ExecutableNormalizedField field, GraphQLSchema schema) {
        return isPartnerVentures(field) || isPartnerReference(field, schema);
    }

    static String typeName(ExecutableNormalizedField field, GraphQLSchema schema) {
        return ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType(schema))).getName();
    }
}

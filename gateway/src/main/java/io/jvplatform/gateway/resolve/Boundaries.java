package io.jvplatform.gateway.resolve;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.jvplatform.support.security.Caller;
import io.jvplatform.gateway.security.FieldAccess;

/**
 * Where the public schema crosses from one service to the other, written once for the
 * documents sent and for the answers read:
 * <ul>
 * <li>a {@code Partner} under a type of ventures-service (a stake's, commitment's, role's, seat's
 * or agreement party's partner, a transfer's {@code from}/{@code to}): ventures-service knows only
 * its id, the rest comes from partners-service ({@code partnersByIds});</li>
 * <li>the {@code Partner} fields that partners-service does not know ({@link #PARTNER_FIELDS_OF_VENTURES}):
 * ventures-service answers each for all partners of a level in one batched field.</li>
 * </ul>
 * Everything else of a type comes from the service that owns the type, as the client selected it
 * — except a field this caller may not read ({@link FieldAccess}): it is sent to no service, and the
 * resolution answers it with null and FORBIDDEN.
 */
final class Boundaries {

    static final String PARTNER = "Partner";

    /**
     * How a partner user's scope applies to the objects of a field answered by ventures-service:
     * ventures by the caller's scope (its partner's ventures, fetched once per request), agreements
     * by their own parties (the caller's partner must be one of them; no extra call).
     */
    enum Scope { NONE, VENTURES, PARTIES }

    /**
     * A {@code Partner} field answered by ventures-service: {@code batchField(partnerIds: [ID!]!)}
     * returns, per partner, {@code { partnerId <listField> { ... } }}.
     */
    record PartnerFieldOfVentures(String batchField, String listField, Scope scope) {
    }

    /** The Partner fields answered by ventures-service, by name; a new one is a row here, not new code. */
    static final Map<String, PartnerFieldOfVentures> PARTNER_FIELDS_OF_VENTURES = Map.of(
            "ventures", new PartnerFieldOfVentures("venturesOfPartners", "ventures", Scope.VENTURES),
            "agreements", new PartnerFieldOfVentures("agreementsOfPartners", "agreements", Scope.PARTIES));

    /** Types whose Partner fields hold partners-service's own objects: the roots and its connection. */
    private static final Set<String> NOT_OF_VENTURES = Set.of("Query", "Mutation", PARTNER, "PartnerConnection",
            "PartnerEdge");

    private enum Kind { NONE, PARTNER_REFERENCE, PARTNER_FIELD_OF_VENTURES, REFUSED }

    /** A field's classification; {@code field} only for {@link Kind#PARTNER_FIELD_OF_VENTURES}. */
    private record Crossing(Kind kind, PartnerFieldOfVentures field) {
    }

    private static final Crossing NONE = new Crossing(Kind.NONE, null);
    private static final Crossing REFERENCE = new Crossing(Kind.PARTNER_REFERENCE, null);
    private static final Crossing REFUSED = new Crossing(Kind.REFUSED, null);

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
        return crossing(field) == REFUSED;
    }

    boolean isPartnerReference(ExecutableNormalizedField field) {
        return crossing(field) == REFERENCE;
    }

    /** The Partner field answered by ventures-service that {@code field} is, or null. */
    PartnerFieldOfVentures partnerFieldOfVentures(ExecutableNormalizedField field) {
        return crossing(field).field();
    }

    boolean crosses(ExecutableNormalizedField field) {
        return crossing(field) != NONE;
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
            return REFUSED;
        }
        if (PARTNER.equals(parent) && PARTNER_FIELDS_OF_VENTURES.containsKey(field.getName())) {
            return new Crossing(Kind.PARTNER_FIELD_OF_VENTURES, PARTNER_FIELDS_OF_VENTURES.get(field.getName()));
        }
        if (NOT_OF_VENTURES.contains(parent) || !field.hasChildren()) {
            return NONE;
        }
        String type = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType(schema))).getName();
        return PARTNER.equals(type) ? REFERENCE : NONE;
    }
}

package io.jvplatform.gateway.resolve;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.normalized.ExecutableNormalizedField;

/** The places of an answer that the next level fills from the other service. */
final class Pending {

    /** {@code field} of {@code parent} (a partner reference, or a Partner field of ventures-service) for the entity {@code id}. */
    record Place(ExecutableNormalizedField field, ObjectNode parent, String id, Path path) {

        void set(JsonNode value) {
            parent.set(field.getResultKey(), value);
        }
    }

    final List<Place> partnerReferences = new ArrayList<>();
    /** Places of the Partner fields answered by ventures-service (Boundaries.PARTNER_FIELDS_OF_VENTURES). */
    final List<Place> partnerFieldsOfVentures = new ArrayList<>();

    boolean isEmpty() {
        return partnerReferences.isEmpty() && partnerFieldsOfVentures.isEmpty();
    }
}

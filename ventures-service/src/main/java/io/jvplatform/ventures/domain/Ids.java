package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.util.UUID;

/** Ids across the platform are UUIDs in their canonical text form. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String value, String field) {
        if (value == null) {
            throw new ValidationException(field, field + " is required");
        }
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new ValidationException(field, field + " must be a UUID, not '" + value + "'");
    }
}

package io.jvplatform.partners.api;

import io.jvplatform.support.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** GraphQL IDs are strings on the wire; ours are UUIDs, and anything else is the client's mistake. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String field, String id) {
        try {
            // UUID.fromString accepts shortened groups ("1-2-3-4-5"); only the canonical form is an id of ours
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // reported below
        }
        throw new ValidationException(field, field + " is not a partner id (a UUID): " + abbreviate(id));
    }

    static List<UUID> parseAll(String field, List<String> ids) {
        List<UUID> uuids = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            uuids.add(parse(field + "[" + i + "]", ids.get(i)));
        }
        return uuids;
    }

    /** Echo enough of the bad value to recognise it, never a 10,000-character payload. */
    private static String abbreviate(String value) {
        return value == null || value.length() <= 40 ? String.valueOf(value) : value.substring(0, 40) + "...";
    }
}

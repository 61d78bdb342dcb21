package io.jvplatform.support.graphql;

import io.jvplatform.support.error.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the {@code ID} arguments of our APIs: every id of ours is a UUID in its canonical form. */
public final class Ids {

    private Ids() {
    }

    /** {@code field}: the input's path as the client wrote it, for {@code extensions.field}. */
    public static UUID parse(String field, String id) {
        if (id == null) {
            throw new ValidationException(field, field + " is required");
        }
        try {
            // UUID.fromString accepts shortened groups ("1-2-3-4-5"); only the canonical form is an id of ours
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ValidationException(field, field + " is not an id (a UUID): " + abbreviate(id));
    }

    /** Each id of the list, reported as {@code field[i]} when it is not one. */
    public static List<UUID> parseAll(String field, List<String> ids) {
        List<UUID> uuids = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            uuids.add(parse(field + "[" + i + "]", ids.get(i)));
        }
        return uuids;
    }

    /** Echo enough of the bad value to recognise it, never a 10,000-character payload. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}

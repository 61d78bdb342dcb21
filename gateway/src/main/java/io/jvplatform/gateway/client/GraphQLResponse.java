package io.jvplatform.gateway.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.jvplatform.gateway.error.ErrorDetail;
import io.jvplatform.support.error.ErrorCodes;
import io.quarkus.logging.Log;

/** A service's answer: its data and its errors, both kept (one document may carry several root fields). */
public record GraphQLResponse(JsonNode data, List<DownstreamError> errors) {

    public boolean hasErrors() {
        return errors != null && !errors.isEmpty();
    }

    /** The value under a root field (alias) of the document sent; null when absent or null. */
    public JsonNode at(String alias) {
        JsonNode value = data == null ? null : data.get(alias);
        return value == null || value.isNull() ? null : value;
    }

    /**
     * The errors of one root field (alias) of the document sent, with their codes as the service
     * gave them; an error without a path belongs to every root field. An error without a stable
     * code is a fault between us and the service (a document it no longer accepts, a bug there),
     * not the client's: it is logged, and the client reads INTERNAL with nothing internal.
     */
    public List<ErrorDetail> errorsAt(String service, String alias) {
        if (!hasErrors()) {
            return List.of();
        }
        List<ErrorDetail> details = new ArrayList<>();
        for (DownstreamError error : errors) {
            List<Object> path = error.path();
            if (path != null && !path.isEmpty() && !alias.equals(String.valueOf(path.get(0)))) {
                continue;
            }
            String code = error.extension("code");
            if (code != null && ErrorCodes.STABLE.contains(code)) { // Set.of refuses to look up null
                details.add(new ErrorDetail(error.message(), code, error.extension("field"), null));
            } else {
                Log.errorf("%s refused %s: %s", service, alias, error.message());
                details.add(new ErrorDetail(service + " could not answer", ErrorCodes.INTERNAL, null, null));
            }
        }
        return details;
    }
}

package io.jvplatform.gateway.client;

import java.util.ArrayList;
import java.util.List;

import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.error.ErrorDetail;
import io.quarkus.logging.Log;

/**
 * How the gateway reads a service's errors: per root field (alias) of the document it sent,
 * since one document carries the root fields of several parts of the client's query.
 */
public final class RootFieldErrors {

    private RootFieldErrors() {
    }

    /**
     * The errors of one root field (alias) of the document sent, with their codes as the service
     * gave them; an error without a path belongs to every root field. An error without a stable
     * code is a fault between us and the service (a document it no longer accepts, a bug there),
     * not the client's: it is logged, and the client reads INTERNAL with nothing internal.
     */
    public static List<ErrorDetail> of(GraphQLResponse answer, String service, String alias) {
        if (!answer.hasErrors()) {
            return List.of();
        }
        List<ErrorDetail> details = new ArrayList<>();
        for (GraphQLResponse.Error error : answer.errors()) {
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

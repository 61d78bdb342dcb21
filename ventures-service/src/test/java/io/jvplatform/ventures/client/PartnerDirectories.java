package io.jvplatform.ventures.client;

import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.security.Callers;

import java.util.function.BiFunction;

/**
 * The real {@link PartnerDirectory} over a fake partners-service, for unit tests outside this
 * package (the REST client interface is package-private): everything but the HTTP call is real.
 */
public final class PartnerDirectories {

    private PartnerDirectories() {
    }

    /** {@code partnersService}: the forwarded token and the request body to the answer partners-service gives. */
    public static PartnerDirectory answering(BiFunction<String, GraphQLRequest, GraphQLResponse> partnersService,
            Callers caller) {
        return new PartnerDirectory(partnersService::apply, caller);
    }
}

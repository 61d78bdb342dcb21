package io.jvplatform.gateway.client;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.client.GraphQLResponse;
import io.smallrye.mutiny.Uni;

/**
 * partners-service's GraphQL endpoint; base URL from quarkus.rest-client.partners-service.url. Package-private:
 * the gateway reaches the service only through {@link PartnersSubgraph}, which carries the fault tolerance.
 * Non-blocking (Uni), so the gateway's resolvers never park a thread while a service answers.
 * The caller's bearer token goes along on every call (the service checks it again: roles, and
 * partner scoping in ventures-service); it is passed explicitly rather than by
 * quarkus-rest-client-oidc-token-propagation, whose 3.33 artifacts are not resolvable from Maven
 * Central, and because batched calls run outside the request's context.
 */
@RegisterRestClient(configKey = "partners-service")
@Path("/graphql")
interface PartnersRestClient {

    @POST
    Uni<GraphQLResponse> execute(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(DownstreamCalls.IDEMPOTENCY_KEY) String idempotencyKey, GraphQLRequest request);
}

package io.jvplatform.partners.client;

import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.client.GraphQLResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ventures-service's GraphQL endpoint; base URL from quarkus.rest-client.ventures-service.url.
 * Package-private: the service asks through {@link PartnerStakes}, which carries the fault tolerance.
 */
@RegisterRestClient(configKey = "ventures-service")
@Path("/graphql")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface VenturesRestClient {

    /** {@code authorization}: the caller's bearer token, forwarded: the peer checks it as it would the gateway's call. */
    @POST
    GraphQLResponse execute(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, GraphQLRequest request);
}
